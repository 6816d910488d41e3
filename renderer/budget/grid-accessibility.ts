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

/**
 * Handsontable sets these attributes again as it renders and scrolls, so they are mended as they
 * appear. Only changes to what is mended wake it: a redraw of the cells (their classes change on
 * every edit) does not. Returns the function that stops watching.
 */
export function keepGridAccessible(root: HTMLElement, labels: () => { editor: string; selectAll: string }): () => void {
  const mend = () => {
    const { editor, selectAll } = labels();
    labelForAssistiveTechnology(root, editor, selectAll);
  };
  const relevant = (record: MutationRecord) =>
    record.type === 'childList' ||
    record.attributeName === 'tabindex' ||
    (record.target instanceof HTMLElement && record.target.classList.contains('handsontableInputHolder'));
  const observer = new MutationObserver((records) => {
    if (records.some(relevant)) mend();
  });
  observer.observe(root, { subtree: true, childList: true, attributeFilter: ['tabindex', 'class'] });
  mend();
  return () => observer.disconnect();
}
