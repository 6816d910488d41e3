/**
 * What the UI benchmark runs inside the page: timings taken where the user's input arrives and
 * where its result is painted, so Playwright's round trips to the browser are not in them.
 *
 * `installProbe` is an init script; the `arm…` functions are passed to `page.evaluate`. Each is
 * serialised on its own, so none may use anything of this module but types: what they share is
 * on `window.__uiBench`, which `installProbe` puts there.
 */
import type { Page } from 'playwright-core';

/**
 * From the input event (or the moment armed) to the frame painted once the result showed, in the
 * page's clock; `worked`: when the handlers of the settling event (and what they set off at once)
 * were done: the app's own share, without the wait for a frame.
 */
export type Timing = { start: number; end: number; worked?: number } | { failure: string };

/**
 * `event`: the timing starts at such an event (its timeStamp), or at once when it is null;
 * `nth`: at the nth of them (a grid's double-click acts on the second mouseup); `key`: only that key's.
 */
export type Trigger = { event: 'keydown' | 'click' | 'mouseup' | null; key?: string; nth?: number };

type Probe = {
  /** Tasks longer than 50 ms, as the browser reports them ('longtask'). */
  longTasks: { start: number; duration: number }[];
  pending: Promise<Timing> | null;
  time(trigger: Trigger, done: () => boolean, what: string, timeoutMs: number, settleEvent?: string): void;
  longestTask(from: number, windowMs: number): Promise<number>;
};

declare global {
  interface Window {
    __uiBench: Probe;
  }
}

/**
 * tsx keeps function names by wrapping functions in `__name(…)`, which the page does not have:
 * the page gets a no-op one before any function of this module runs there.
 */
export const nameHelperScript = 'globalThis.__name = (target) => target;';

export function installProbe(): void {
  const longTasks: Probe['longTasks'] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: 'longtask', buffered: true });

  // A message posted from a frame's callback is handled once that frame has been painted.
  const afterPaint = (resolve: (time: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });

  const probe: Probe = {
    longTasks,
    pending: null,
    time(trigger, done, what, timeoutMs, settleEvent) {
      const armed = performance.now();
      let worked: number | undefined;
      if (settleEvent) {
        // Listened to last (bubbling, on the window), after the app's handlers and the renders
        // they flushed; a message would run only after the frame Chromium draws after an input.
        const onSettle = () => queueMicrotask(() => (worked = performance.now()));
        window.addEventListener(settleEvent, onSettle, { once: true });
      }
      probe.pending = new Promise<Timing>((resolve) => {
        const poll = (start: number) => {
          const frame = () => {
            let shown: boolean;
            try {
              shown = done();
            } catch (error) {
              resolve({ failure: `${what}: ${(error as Error).message}` });
              return;
            }
            if (shown) afterPaint((end) => resolve({ start, end, ...(worked === undefined ? {} : { worked }) }));
            else if (performance.now() - start > timeoutMs) resolve({ failure: `${what}: not on screen ${timeoutMs} ms after the input` });
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        };
        if (trigger.event === null) return poll(armed);
        let seen = 0;
        const onEvent = (event: Event) => {
          if (trigger.key !== undefined && (event as KeyboardEvent).key !== trigger.key) return;
          seen += 1;
          if (seen < (trigger.nth ?? 1)) return;
          window.removeEventListener(trigger.event!, onEvent, true);
          clearTimeout(neverCame);
          poll(event.timeStamp);
        };
        window.addEventListener(trigger.event, onEvent, true);
        const neverCame = setTimeout(() => {
          window.removeEventListener(trigger.event!, onEvent, true);
          resolve({ failure: `${what}: the ${trigger.event} never reached the page` });
        }, timeoutMs);
      });
    },
    async longestTask(from, windowMs) {
      // Entries arrive a little after their task; a short wait past the window lets the last in.
      const until = from + windowMs + 100;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - performance.now())));
      for (const entry of observer.takeRecords()) longTasks.push({ start: entry.startTime, duration: entry.duration });
      const inWindow = longTasks.filter((task) => task.start + task.duration > from && task.start < from + windowMs);
      return Math.max(0, ...inWindow.map((task) => task.duration));
    },
  };
  window.__uiBench = probe;
}

type Watch = { trigger: Trigger; what: string; timeoutMs: number };

/** Done once every watched element's text differs from what it is now (a figure, a panel, a cell). */
export function armTextChange({ elements, trigger, what, timeoutMs }: Watch & { elements: Element[] }): void {
  const before = elements.map((element) => element.textContent);
  window.__uiBench.time(
    trigger,
    () =>
      elements.every((element, index) => {
        if (!element.isConnected) throw new Error('a watched element was replaced, so its change cannot be seen');
        return element.textContent !== before[index];
      }),
    what,
    timeoutMs,
  );
}

/** Done once one of the elements shows `text` (the file's name in the header, a notice). */
export function armTextShown({ elements, text, trigger, what, timeoutMs }: Watch & { elements: Node[]; text: string }): void {
  window.__uiBench.time(
    trigger,
    () =>
      elements.some((element) => {
        if (!element.isConnected) throw new Error('a watched element was replaced, so what it shows cannot be seen');
        return element.textContent?.includes(text);
      }),
    what,
    timeoutMs,
  );
}

/** Done once the focused editor's text differs from what it is now: a typed character echoed; settled after its input event. */
export function armEditorEcho({ trigger, what, timeoutMs }: Watch): void {
  const editor = document.activeElement as HTMLTextAreaElement | HTMLInputElement | null;
  if (!editor || !('value' in editor)) throw new Error('no cell editor has the focus');
  const before = editor.value;
  window.__uiBench.time(trigger, () => editor.value !== before, what, timeoutMs, 'input');
}

/** Done once a cell of the grid (found by its role) shows `text`: the budget grid drawn. */
export function armGridCellShown({ text, trigger, what, timeoutMs }: Watch & { text: string }): void {
  window.__uiBench.time(trigger, () => [...document.querySelectorAll('[role="gridcell"]')].some((cell) => cell.textContent === text), what, timeoutMs);
}

/**
 * Done once the logic model's canvas (the application of that name) is laid out (not busy) and
 * shows a box (a group) that has a size and is visible: before it is measured, a box is hidden.
 */
export function armModelDrawn({ canvasName, trigger, what, timeoutMs }: Watch & { canvasName: string }): void {
  window.__uiBench.time(
    trigger,
    () => {
      const canvas = [...document.querySelectorAll('[role="application"]')].find((element) => element.getAttribute('aria-label') === canvasName);
      if (!canvas || canvas.getAttribute('aria-busy') !== 'false') return false;
      const box = canvas.querySelector('[role="group"]');
      if (!box) return false;
      const { width, height } = box.getBoundingClientRect();
      return width > 0 && height > 0 && getComputedStyle(box).visibility === 'visible';
    },
    what,
    timeoutMs,
  );
}

/** Waits for what was armed; a failure (timeout, a replaced element) becomes an error that says what was awaited. */
export async function armedTiming(page: Page): Promise<{ start: number; milliseconds: number; workMilliseconds?: number }> {
  const timing = await page.evaluate(() => window.__uiBench.pending!);
  if ('failure' in timing) throw new Error(timing.failure);
  return { start: timing.start, milliseconds: timing.end - timing.start, ...(timing.worked === undefined ? {} : { workMilliseconds: timing.worked - timing.start }) };
}

/** The longest task in the `windowMs` after `start` (0 when none was over 50 ms); waits until the window has passed. */
export function longestTaskAfter(page: Page, start: number, windowMs: number): Promise<number> {
  return page.evaluate(({ from, span }) => window.__uiBench.longestTask(from, span), { from: start, span: windowMs });
}
