import { useEffect, useId, useRef, type ReactNode } from 'react';

type ModalProps = { title: string; onCancel(): void; children: ReactNode; describedBy?: string };

/** A modal on the native <dialog>: focus is trapped, Escape cancels, the title names it. */
export function Modal({ title, onCancel, children, describedBy }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    // Focus goes back to what opened the dialog, not to the top of the page.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    // showModal focuses the first control; a dialog whose safe answer is another marks it (React's autoFocus would run before showModal and be lost).
    element?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      element?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
