window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "r.castillo.sw@mail.example",
      "createdVia" : "web",
      "username" : "renee_sw_la",
      "accountId" : "1400000000042",
      "createdAt" : "2021-05-02T17:20:11.000Z",
      "accountDisplayName" : "Renée 🌻"
    }
  }
]