// Saves bytes streamed from the circuit as a file with the given name (Blazor Server has no direct file response).
window.csrDownload = async (fileName, contentType, streamRef) => {
  const buffer = await streamRef.arrayBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
};

// Keeps the sign-in cookie sliding while the user really works in the page (a Blazor circuit makes no HTTP requests
// of its own); after 30 minutes without a key press or click the cookie and the circuit both expire.
(() => {
  let active = false;
  for (const type of ["keydown", "pointerdown", "wheel", "touchstart"]) {
    addEventListener(type, () => { active = true; }, { capture: true, passive: true });
  }
  setInterval(() => {
    if (active && !location.pathname.startsWith("/masuk")) {
      active = false;
      fetch("/sesi/aktif", { method: "POST", credentials: "same-origin", cache: "no-store", redirect: "manual" }).catch(() => {});
    }
  }, 4 * 60 * 1000);
})();

// The skip link ("Langsung ke isi") moves focus into the main region. With <base href="/"> a bare "#main-content"
// would resolve to "/#main-content" and Blazor would navigate away, so the link is handled here (capture phase,
// before Blazor's own link handling sees the click).
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a.skip-link") : null;
  const main = document.getElementById("main-content");
  if (link && main) {
    event.preventDefault();
    main.focus();
  }
}, { capture: true });

// An error summary's links (Components/Shared/ErrorSummary.razor) move focus to their field: to the input itself,
// or to the first control inside a group such as a radio group. Handled before Blazor for the same reason as above.
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a.error-summary-link") : null;
  const target = link ? document.getElementById(link.dataset.field ?? "") : null;
  if (link && target) {
    event.preventDefault();
    const focusable = target.matches("input, textarea, select, button") ? target : target.querySelector("input, textarea, select, button");
    (focusable ?? target).focus();
    (focusable ?? target).scrollIntoView({ block: "center" });
  }
}, { capture: true });
