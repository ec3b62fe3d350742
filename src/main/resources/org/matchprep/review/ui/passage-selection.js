// Reports the passage a reader selects inside one part of an answer to the server, as offsets into the
// part's text. `this` is the element holding the parts; each part's text sits alone in an element with
// data-part, so the text of a Range from the part's start to a boundary is exactly the prefix before it.
const root = this;
const partOf = (node) => {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  const part = element && element.closest('[data-part]');
  return part && root.contains(part) ? part : null;
};
const offsetIn = (part, node, offset) => {
  const range = document.createRange();
  range.selectNodeContents(part);
  range.setEnd(node, offset);
  return range.toString().length;
};
// Only selections inside the text are reported: clicking into the comment field afterwards must not
// forget the passage the reader chose.
root.lastSelection = '';
const report = () => {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    return;
  }
  const range = selection.getRangeAt(0);
  const part = partOf(range.startContainer);
  if (!part || part !== partOf(range.endContainer)) {
    return;
  }
  const payload = [part.dataset.part, offsetIn(part, range.startContainer, range.startOffset),
    offsetIn(part, range.endContainer, range.endOffset), range.toString()];
  const key = JSON.stringify(payload);
  if (key !== root.lastSelection) {
    root.lastSelection = key;
    root.$server.passageSelected(...payload);
  }
};
let pending;
const onSelectionChange = () => {
  if (!root.isConnected) {
    document.removeEventListener('selectionchange', onSelectionChange);
    return;
  }
  clearTimeout(pending);
  pending = setTimeout(report, 250);
};
document.addEventListener('selectionchange', onSelectionChange);
