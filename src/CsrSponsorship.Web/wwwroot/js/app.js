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
