import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../core/heading.js';
import type { OverdoseSignsContent } from '../content/schema.js';
import { voiceFor } from './device.js';
import { handsDrawing, sideDrawing, sprayDrawing } from './drawings.js';
import { AWAKE, CALL, CHECK, CPR, CPR_STARTED, DOSE, SIDE, WOKE, type RescueGuide } from './rescue-guide.js';

const paragraphs = (items: readonly string[]) => items.map((item) => html`<p>${item}</p>`);

/** A drawing beside the step it shows; the step's text is the drawing's name. */
const illustrated = (drawing: (labelledBy: string) => unknown, id: string, step: string) =>
  html`<div class="row">${drawing(id)}<p id=${id}>${step}</p></div>`;

/**
 * A screen: its heading, its steps (the first beside the drawing, if any), its
 * choices, what follows the first step, and what follows the rest.
 */
type Screen = readonly [
  title: string,
  steps: readonly string[],
  choices: readonly unknown[],
  drawing?: (labelledBy: string) => unknown,
  extra?: unknown,
  more?: unknown,
];

/**
 * The rescue guide's current screen: its heading (focused on arrival), what to
 * do, and the choices that lead on. The call link stays above it, outside the
 * guide. `level` is the screen heading's level; `close` leaves the guide.
 */
export function renderRescue(
  guide: RescueGuide,
  text: OverdoseSignsContent,
  number: string,
  level: number,
  language: string,
  close: () => void,
): TemplateResult {
  const { shown, doses, deadline, phase, beats, loud, notes } = guide.state;
  const { guide: words, act, waking } = text;
  const { timer } = words;
  const [call, , check, secondDose, stay] = act;
  const [notBreathingCase, breathingCase] = check.cases;
  const voice = voiceFor(language);
  const button = (label: string, action: () => void, className = 'button') =>
    html`<button class=${className} @click=${action}>${label}</button>`;
  const to = (screen: number, note?: number) => () => guide.go(screen, note);
  const breathing = button(breathingCase.lead, to(SIDE));
  const notBreathing = button(notBreathingCase.lead, to(CPR, CPR_STARTED), 'button urgent');
  const woke = button(words.wokeUp, to(AWAKE, WOKE));
  const line = (what: number, value: unknown) => `${words.recordLines[what]} ${value}`;
  const dosed = line(DOSE, doses);
  const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  const done = `${timer.done.text} ${secondDose.text(number)}`;
  const naloxone = html`${illustrated(sprayDrawing, 'spray', words.naloxoneHow.text)}
    ${phase
      ? html`<p class="timer ${phase > 2 ? 'done' : ''}" part="timer" role="timer">
          ${phase > 2
            ? done
            : html`${dosed}. ${timer.label} <strong>${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}</strong>`}
        </p>`
      : nothing}
    ${button(doses ? words.gaveAnother : words.gaveNaloxone, () => guide.gave(), 'button gave')}`;
  // The beat is for the eye (and the ear, with its sound on): a screen reader
  // would read a new number every half second, so it hides it.
  const beat = html`<div class="row">
    <div class="beat b${beats % 2}" aria-hidden="true">${beats + 1}</div>
    ${globalThis.AudioContext ? button(words.beatSound[loud ? 1 : 0], () => guide.sound(), 'button quiet') : nothing}
  </div>`;

  const screens: Screen[] = [
    [call.title(number), [call.text(number), check.text(number)], []],
    [check.title(number), [words.checkHow.text], [breathing, notBreathing]],
    [words.sideTitle, [breathingCase.text, `${stay.title(number)}.`], [notBreathing, woke], sideDrawing, nothing, naloxone],
    [words.cprTitle, words.cprSteps.map((step) => step.text), [breathing, woke], handsDrawing, beat, naloxone],
    [stay.title(number), [stay.text(number), waking.text, words.awakeNoUse.text], [notBreathing]],
  ];
  const [title, steps, choices, drawing, extra, more] = screens[shown - 1]!;

  return html`<section class="guide" part="guide" aria-label=${words.label}>
    <div class="bar">
      ${voice ? button(words.readAloud, () => guide.speak(voice), 'button quiet') : nothing}
      ${button(words.close, close, 'button quiet close')}
    </div>
    ${heading(level, title, 'step-title', 'step-title')}
    ${drawing ? illustrated(drawing, 'step', steps[0]!) : paragraphs(steps.slice(0, 1))} ${extra}
    ${paragraphs(steps.slice(1))} ${more}
    <div class="choices">${choices}</div>
    ${notes.length
      ? html`<details class="record" ?open=${shown === AWAKE}>
          <summary class="button quiet">${words.recordTitle}</summary>
          <ol>
            ${notes.map(
              ([what, at, value]) =>
                html`<li><strong>${new Date(at).toLocaleTimeString(language, { timeStyle: 'short' })}</strong> ${line(what, value)}</li>`,
            )}
          </ol>
        </details>`
      : nothing}
    <div class="nav">
      ${shown === CALL
        ? button(words.next, to(CHECK))
        : shown === AWAKE
          ? button(words.close, close)
          : button(words.back, to(shown === CHECK ? CALL : CHECK), 'button quiet')}
    </div>
    <p class="sr-only" aria-live="polite">${phase === 1 ? dosed : phase === 2 ? timer.oneMinute : phase === 3 ? done : ''}</p>
  </section>`;
}
