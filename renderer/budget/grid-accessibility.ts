/**
 * Handsontable makes its scroll holders focusable although they are presentational, keeps its
 * closed cell editors inside the grid role, and leaves the editor without a label (axe:
 * aria-required-children, label). The cells take the keyboard, so the holders need no tab stop;
 * a closed editor is hidden from assistive technology, an open one has a name.
 */
function labelForAssistiveTechnology(root: HTMLElement, editorLabel: string, selectAllLabel: string): void {
  for (const holder of root.querySelectorAll('[role="presentation"][tabindex]')) holder.removeAttribute('tabindex');
  // Handsontable names its corner in English whatever the language.
  for (const corner of root.querySelectorAll('[aria-label="Select whole grid"]')) corner.setAttribute('aria-label', selectAllLabel);
  for (const editor of root.querySelectorAll('textarea:not([aria-label])')) editor.setAttribute('aria-label', editorLabel);
  for (const holder of root.querySelectorAll('.handsontableInputHolder')) {
    if (holder.classList.contains('ht_editor_hidden')) holder.setAttribute('aria-hidden', 'true');
    else holder.removeAttribute('aria-hidden');
  }
}

/** What Handsontable adds that needs mending: a scroll holder, the corner, an editor or its holder. */
const mendedParts = '[role="presentation"][tabindex], [aria-label="Select whole grid"], textarea, .handsontableInputHolder';

/**
 * Handsontable sets these attributes again as it renders and scrolls, so they are mended as they
 * appear. Only the parts that are mended are watched: the cells, redrawn with new text and
 * classes on every edit, are not, so a redraw wakes nothing. Returns the function that stops watching.
 */
export function keepGridAccessible(root: HTMLElement, labels: () => { editor: string; selectAll: string }): () => void {
  const parts = new MutationObserver(() => mend());
  const mend = () => {
    const { editor, selectAll } = labels();
    labelForAssistiveTechnology(root, editor, selectAll);
    // What the mending itself changed is not news.
    parts.takeRecords();
    for (const part of root.querySelectorAll(mendedParts)) parts.observe(part, { attributeFilter: ['tabindex', 'class', 'aria-label'] });
  };
  const addsPart = (record: MutationRecord) =>
    [...record.addedNodes].some((node) => node instanceof Element && (node.matches(mendedParts) || node.querySelector(mendedParts) !== null));
  // Cells' text is replaced on every redraw; only elements that are or hold a mended part matter.
  const structure = new MutationObserver((records) => {
    if (records.some(addsPart)) mend();
  });
  structure.observe(root, { subtree: true, childList: true });
  mend();
  return () => {
    structure.disconnect();
    parts.disconnect();
  };
}
