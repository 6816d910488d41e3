import { useEffect, useState } from 'react';
import { between, samePlaces } from './glide.ts';
import type { ModelLayout } from './model-layout.ts';

const glideMs = 300;
/** Above this many boxes a frame of the canvas costs too much to animate: the layout is swapped once. */
const glideLimit = 100;

/** `started`: the time of the glide's first frame, from which each frame's progress is reckoned. */
type Glide = { from: ModelLayout; to: ModelLayout; progress: number; started: number | null };

const easeOut = (progress: number) => 1 - (1 - progress) ** 3;
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Where the boxes are drawn while a glide runs: part of the way from where they were. */
const drawn = (glide: Glide) => between(glide.from, glide.to, easeOut(glide.progress));

/**
 * The layout to draw: `target`, reached by a short glide when boxes change places (the refined
 * layout after the first placement, an edit's new layout), so the eye can follow each box. A
 * change of what the boxes say only is drawn at once, and so is every change when the reader
 * asks for reduced motion or the model is too large to animate smoothly. `moving` says a glide
 * is under way: the canvas is busy until the boxes are at rest where they can be clicked.
 */
export function useGlide(target: ModelLayout): { layout: ModelLayout; moving: boolean } {
  const [glide, setGlide] = useState<Glide | null>(null);
  const [previous, setPrevious] = useState(target);
  if (target !== previous) {
    // Adjusted during render, as React advises for state that follows a prop: the frame that
    // shows the new target already starts where the boxes were.
    setPrevious(target);
    const from = glide ? drawn(glide) : previous;
    const moves = !samePlaces(from, target) && from.direction === target.direction;
    setGlide(moves && target.boxes.length <= glideLimit && !reducedMotion() ? { from, to: target, progress: 0, started: null } : null);
  }

  useEffect(() => {
    if (!glide) return;
    const frame = requestAnimationFrame((now) => {
      const started = glide.started ?? now;
      const progress = Math.min(1, (now - started) / glideMs);
      setGlide(progress < 1 ? { ...glide, progress, started } : null);
    });
    return () => cancelAnimationFrame(frame);
  }, [glide]);

  const moving = glide?.to === target;
  return { layout: moving ? drawn(glide) : target, moving };
}
