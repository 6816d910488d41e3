import type { ELK } from 'elkjs/lib/elk-api.js';
import { firstPlacement } from './first-placement.ts';
import type { LayoutInput } from './layout-input.ts';
import { layOutModel, type ModelLayout } from './model-layout.ts';

/**
 * The layouts worked out in this session, by shape, so coming back to a model (another view and
 * back, an undo, the other language) finds its layout done. Of what was asked while ELK worked,
 * only the newest is laid out next: the worker is never stopped, so it stays warm, and it never
 * works through a queue of outdated edits. Until ELK answers, `placement` gives boxes to draw.
 */
export class LayoutStore {
  private readonly finals = new Map<string, ModelLayout>();
  private readonly placements = new Map<string, ModelLayout>();
  private readonly failures = new Map<string, true>();
  /** The layout ELK gave last, where the boxes were last drawn: an edit's placement starts from it. */
  private latest: ModelLayout | null = null;
  private running: string | null = null;
  private next: LayoutInput | null = null;
  private readonly listeners = new Set<() => void>();

  /** `keep`: how many shapes are remembered; a plan's recent edits and both languages fit. */
  constructor(
    private readonly elk: () => ELK,
    private readonly keep = 16,
  ) {}

  /** For useSyncExternalStore: called when a layout arrives or fails. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  final(shape: string): ModelLayout | undefined {
    return this.finals.get(shape);
  }

  failed(shape: string): boolean {
    return this.failures.has(shape);
  }

  /** Boxes to draw while ELK works, made once per shape so every render shows the same. */
  placement(input: LayoutInput): ModelLayout {
    let placed = this.placements.get(input.shape);
    if (!placed) {
      placed = firstPlacement(input.model, input.content, input.direction, this.latest);
      remember(this.placements, input.shape, placed, this.keep);
    }
    return placed;
  }

  /** Asks ELK for the shape's layout, unless it is known, failed or on its way. */
  request(input: LayoutInput): void {
    const { shape } = input;
    if (this.finals.has(shape) || this.failures.has(shape) || this.running === shape) return;
    if (this.running !== null) {
      this.next = input;
      return;
    }
    this.running = shape;
    // Asked at once, but inside an async function: a worker that cannot start fails this layout, not the caller.
    const laying = async () => layOutModel(this.elk(), input.model, input.content, input.direction);
    laying()
      .then(
        (layout) => {
          remember(this.finals, shape, layout, this.keep);
          this.placements.delete(shape);
          this.latest = layout;
        },
        () => remember(this.failures, shape, true, this.keep),
      )
      .finally(() => {
        this.running = null;
        const next = this.next;
        this.next = null;
        if (next) this.request(next);
        for (const listener of this.listeners) listener();
      });
  }
}

/** Keeps the newest `keep` entries: a map iterates in the order entries were set. */
function remember<V>(map: Map<string, V>, key: string, value: V, keep: number): void {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= keep) break;
    map.delete(oldest);
  }
}
