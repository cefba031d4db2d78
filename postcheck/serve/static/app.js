// The page's behaviour: send the draft and photos to postcheck on this computer, show the result.
// Every request carries the start-up token in a header; the server refuses any request without it.
"use strict";

(function () {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
  const token = meta("postcheck-token");
  const tokenHeader = meta("postcheck-token-header");
  const TYPING_PAUSE_MS = 1200;

  const form = document.getElementById("check-form");
  const draft = document.getElementById("draft");
  const draftCount = document.getElementById("draft-count");
  const photoInput = document.getElementById("photo-input");
  const dropZone = document.getElementById("drop-zone");
  const photoList = document.getElementById("photo-list");
  const status = document.getElementById("status");
  const result = document.getElementById("result");
  const maxChars = Number(form.dataset.maxChars);
  const maxPhotoBytes = Number(form.dataset.maxPhotoBytes);
  const maxPhotos = Number(form.dataset.maxPhotos);

  let photos = [];          // File objects: they stay in the browser's memory
  let shownPhotos = [];     // the photos the result on screen was made from
  let shownUrls = [];       // their blob: URLs, released when the result is replaced
  let pending = null;       // the AbortController of the check in flight
  let typingTimer = null;

  function post(path, body, signal) {
    return fetch(path, { method: "POST", body, headers: { [tokenHeader]: token }, credentials: "omit", signal });
  }

  function say(text) {
    status.textContent = text;
  }

  function showCount() {
    const n = draft.value.length;
    draftCount.textContent = n > maxChars
      ? `${n.toLocaleString()} characters: over the limit of ${maxChars.toLocaleString()}. Shorten it to check it.`
      : `${n.toLocaleString()} of ${maxChars.toLocaleString()} characters`;
  }

  function addPhotos(files) {
    for (const file of files) {
      if (photos.length >= maxPhotos) {
        say(`Up to ${maxPhotos} photos can be checked with one draft; “${file.name}” was not added.`);
        break;
      }
      if (file.size > maxPhotoBytes) {
        say(`“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB. Photos up to ${maxPhotoBytes / 1048576} MB can be checked.`);
        continue;
      }
      photos.push(file);
    }
    renderPhotoList();
    check();
  }

  function renderPhotoList() {
    photoList.replaceChildren(...photos.map((file, index) => {
      const item = document.createElement("li");
      const name = document.createElement("span");
      name.textContent = `${file.name} (${Math.max(1, Math.round(file.size / 1024)).toLocaleString()} KB)`;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "Remove";
      remove.setAttribute("aria-label", `Remove ${file.name}`);
      remove.addEventListener("click", () => {
        photos.splice(index, 1);
        renderPhotoList();
        check();
        photoInput.focus();
      });
      item.append(name, " ", remove);
      return item;
    }));
  }

  function markStale() {
    // An old verdict must never be read as the verdict of the changed draft.
    if (result.firstElementChild) {
      result.classList.add("stale");
      say("The draft changed: checking again…");
    }
  }

  async function check() {
    clearTimeout(typingTimer);
    if (!draft.value.trim() && photos.length === 0) {
      say("Nothing to check yet: paste or type a draft.");
      showResult("");
      return;
    }
    if (draft.value.length > maxChars) {
      say(`Not checked: the draft is over ${maxChars.toLocaleString()} characters.`);
      return;
    }
    if (pending) pending.abort();
    const controller = new AbortController();
    pending = controller;
    const sent = photos.slice();
    const body = new FormData();
    body.append("text", draft.value);
    for (const file of sent) body.append("photos", file, file.name);
    result.classList.add("stale");
    result.setAttribute("aria-busy", "true");
    say("Checking…");
    try {
      const response = await post("/api/check", body, controller.signal);
      const html = await response.text();
      if (controller !== pending) return;  // a newer check has started
      if (response.ok || response.status === 413 || response.status === 400) {
        showResult(html, sent);
      } else {
        showFailure(`the server answered “${response.status} ${response.statusText}”.`);
      }
    } catch (error) {
      if (error.name === "AbortError") return;
      showFailure("postcheck did not answer.");
    } finally {
      if (controller === pending) {
        pending = null;
        result.removeAttribute("aria-busy");
      }
    }
  }

  function showResult(html, sent = []) {
    shownUrls.forEach((url) => URL.revokeObjectURL(url));
    shownPhotos = sent;
    shownUrls = sent.map((file) => URL.createObjectURL(file));
    result.innerHTML = html;
    result.classList.remove("stale");
    for (const img of result.querySelectorAll("img[data-photo-index]")) {
      img.addEventListener("error", () => {  // a format this browser cannot show (HEIC): say so
        const note = document.createElement("p");
        note.textContent = "This browser cannot show a preview of this photo; what was found is listed below.";
        img.closest(".frame").replaceWith(note);
      });
      img.src = shownUrls[Number(img.dataset.photoIndex)];
    }
    const outcome = result.querySelector("[data-announce]");
    if (outcome) say(outcome.dataset.announce);
  }

  function showFailure(reason) {
    const failed = document.getElementById("failed-template").content.cloneNode(true);
    failed.querySelector(".failure-reason").textContent = reason;
    showResult("");
    result.append(failed);
    say(result.querySelector("[data-announce]").dataset.announce);
  }

  async function copyRewrite(button) {
    const rewrite = document.getElementById("rewrite");
    const copied = document.getElementById("copy-status");
    try {
      await navigator.clipboard.writeText(rewrite.value);
    } catch (error) {
      rewrite.select();  // older browsers: copy the selection
      if (!document.execCommand("copy")) {
        copied.textContent = "Could not copy: select the text and copy it yourself.";
        return;
      }
    }
    copied.textContent = "Copied.";
    button.focus();
  }

  async function downloadStripped(index) {
    const file = shownPhotos[index];
    const body = new FormData();
    body.append("photo", file, file.name);
    say(`Removing the location data from “${file.name}”…`);
    try {
      const response = await post("/api/strip", body);
      if (!response.ok) {
        const notice = document.createElement("div");
        notice.innerHTML = await response.text();
        say(notice.textContent.trim());
        return;
      }
      const link = document.createElement("a");
      link.href = URL.createObjectURL(await response.blob());
      const dot = file.name.lastIndexOf(".");
      const stem = dot > 0 ? file.name.slice(0, dot) : file.name;
      const extension = { "image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp" }[response.headers.get("content-type")] || "";
      link.download = `${stem}-no-location${extension}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      say(`Downloaded “${link.download}”: a copy without location, time or camera details.`);
    } catch (error) {
      say("Could not make the copy: postcheck did not answer.");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    check();
  });
  draft.addEventListener("input", () => {
    showCount();
    markStale();
    clearTimeout(typingTimer);
    typingTimer = setTimeout(check, TYPING_PAUSE_MS);
  });
  photoInput.addEventListener("change", () => {
    addPhotos(Array.from(photoInput.files));
    photoInput.value = "";  // choosing the same file again adds it again
  });
  for (const type of ["dragenter", "dragover"]) {
    dropZone.addEventListener(type, (event) => {
      event.preventDefault();
      dropZone.classList.add("dragging");
    });
  }
  for (const type of ["dragleave", "drop"]) {
    dropZone.addEventListener(type, () => dropZone.classList.remove("dragging"));
  }
  // A photo dropped beside the zone must not make the browser leave the page to show it.
  for (const type of ["dragover", "drop"]) window.addEventListener(type, (event) => event.preventDefault());
  dropZone.addEventListener("drop", (event) => {
    event.preventDefault();
    addPhotos(Array.from(event.dataTransfer.files).filter((file) => file.type.startsWith("image/") || /\.hei[cf]$/i.test(file.name)));
  });
  document.getElementById("clear-button").addEventListener("click", () => {
    draft.value = "";
    photos = [];
    renderPhotoList();
    showCount();
    showResult("");
    say("Cleared. Nothing checked yet.");
    draft.focus();
  });
  result.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.id === "copy-rewrite") copyRewrite(button);
    if (button.classList.contains("strip-button")) downloadStripped(Number(button.dataset.photoIndex));
  });
  showCount();
})();
