// A little help on top of plain forms: drag and drop, upload progress, build progress,
// and the period selector that shows its month at once. Everything works without it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.submit());
  }

  const form = document.getElementById("upload-form");
  if (form) {
    const input = form.querySelector("input[type=file]");
    const drop = form.querySelector("[data-drop]");
    const bar = document.getElementById("upload-progress");
    let dropped = null;
    drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (e) => {
      e.preventDefault();
      drop.classList.remove("over");
      dropped = e.dataTransfer.files;
      drop.querySelector("p").textContent = Array.from(dropped, (f) => f.name).join(", ");
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const data = new FormData(form);
      if (dropped) { data.delete("tep"); for (const f of dropped) data.append("tep", f, f.name); }
      const xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      bar.hidden = false;
      xhr.upload.onprogress = (p) => { if (p.lengthComputable) bar.value = (100 * p.loaded) / p.total; };
      xhr.onload = () => {
        const page = new DOMParser().parseFromString(xhr.responseText, "text/html");
        const results = page.getElementById("results");
        document.getElementById("results").innerHTML = results ? results.innerHTML : "<pre></pre>";
        if (!results) document.querySelector("#results pre").textContent = xhr.responseText;
        bar.hidden = true; bar.value = 0; form.reset(); dropped = null;
      };
      xhr.onerror = () => { bar.hidden = true; alert(document.documentElement.lang === "en" ? "Upload failed" : "Gửi tệp không thành công"); };
      xhr.send(data);
    });
  }

  const progress = document.getElementById("build-progress");
  if (progress) {
    const poll = async () => {
      const r = await fetch(progress.dataset.poll, { credentials: "same-origin" });
      const s = await r.json();
      if (s.running) { progress.querySelector("span").textContent = s.done + "/" + s.total; setTimeout(poll, 500); }
      else location.reload();
    };
    setTimeout(poll, 500);
  }
});
