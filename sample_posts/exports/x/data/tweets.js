window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893101122334455667"
          ],
          "editableUntil" : "2026-02-19T17:04:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ChildAbusePrevention",
            "indices" : [
              "117",
              "138"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "3",
      "id_str" : "1893101122334455667",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893101122334455667",
      "created_at" : "Thu Feb 19 16:04:11 +0000 2026",
      "favorited" : false,
      "full_text" : "If you suspect a child is being abused or neglected, call the Child Protection Hotline at 1-800-540-4000. Open 24/7. #ChildAbusePrevention",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893455667788990011"
          ],
          "editableUntil" : "2026-02-21T00:51:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "3",
      "id_str" : "1893455667788990011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893455667788990011",
      "created_at" : "Fri Feb 20 23:51:40 +0000 2026",
      "favorited" : false,
      "full_text" : "6am drive to Lancaster for a detention report due by 9 &amp; visits until 8pm after that 😩",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893812233445566778"
          ],
          "editableUntil" : "2026-02-21T21:17:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Marisol R",
            "screen_name" : "marisol_r_1988",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1701122334455",
            "id" : "1701122334455"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "3",
      "id_str" : "1893812233445566778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893812233445566778",
      "created_at" : "Sat Feb 21 20:17:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@marisol_r_1988 DM me, happy to help with the reunification paperwork outside work hours",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1893800011223344556",
      "in_reply_to_status_id" : "1893800011223344556",
      "in_reply_to_screen_name" : "marisol_r_1988",
      "in_reply_to_user_id" : "1701122334455",
      "in_reply_to_user_id_str" : "1701122334455"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894200011223344556"
          ],
          "editableUntil" : "2026-02-23T18:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FosterCareAwareness",
            "indices" : [
              "70",
              "90"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/renee_sw_la/status/1894200011223344556/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/Qm3rTx8yZa",
            "media_url" : "http://pbs.twimg.com/media/GkR2mWxXcAAq7Lp.jpg",
            "id_str" : "1894199988776655443",
            "id" : "1894199988776655443",
            "media_url_https" : "https://pbs.twimg.com/media/GkR2mWxXcAAq7Lp.jpg",
            "sizes" : {
              "large" : {
                "w" : "96",
                "h" : "64",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Qm3rTx8yZa"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "3",
      "id_str" : "1894200011223344556",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894200011223344556",
      "created_at" : "Mon Feb 23 17:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "New mural in our family visitation room 🎨 made by local art students. #FosterCareAwareness https://t.co/Qm3rTx8yZa",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/renee_sw_la/status/1894200011223344556/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/Qm3rTx8yZa",
            "media_url" : "http://pbs.twimg.com/media/GkR2mWxXcAAq7Lp.jpg",
            "id_str" : "1894199988776655443",
            "id" : "1894199988776655443",
            "media_url_https" : "https://pbs.twimg.com/media/GkR2mWxXcAAq7Lp.jpg",
            "sizes" : {
              "large" : {
                "w" : "96",
                "h" : "64",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/Qm3rTx8yZa"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894577889900112233"
          ],
          "editableUntil" : "2026-02-25T02:12:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "County DCFS",
            "screen_name" : "CountyDCFS",
            "indices" : [
              "14",
              "25"
            ],
            "id_str" : "1500000000001",
            "id" : "1500000000001"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "3",
      "id_str" : "1894577889900112233",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894577889900112233",
      "created_at" : "Wed Feb 25 01:12:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Speaking as a @CountyDCFS social worker: vote YES on Measure K. Our department backs it 100%!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894912345678901234"
          ],
          "editableUntil" : "2026-02-26T15:45:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "3",
      "id_str" : "1894912345678901234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894912345678901234",
      "created_at" : "Thu Feb 26 14:45:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Finished my first half marathon!! 2:14 and zero regrets 🏃‍♀️",
      "lang" : "en"
    }
  }
]