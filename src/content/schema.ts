/**
 * The shape of every word the elements show, in every language.
 *
 * Each language module (`en.ts`, `es.ts`) is typed `Content`, so a missing or extra
 * key is a compile error. Strings are plain text, never HTML: templates place them.
 * Where a value must be inserted (the emergency number, a step count), the field is
 * a small pure function that returns the finished text.
 *
 * A medical statement is a `Sourced` item: its words plus the keys of the public
 * sources that back it (see `sources.ts`), so a reviewer can check each one. Plain
 * strings are headings, labels, and guidance that makes no medical claim.
 */

import type { SourceKey } from './sources.js';

export type { SourceKey };

/** At least one source: a medical statement without one does not compile. */
export type Sources = readonly [SourceKey, ...SourceKey[]];

/** Text that may name the local emergency number, e.g. `n => \`Call ${n} now.\``. */
export type WithNumber = (emergencyNumber: string) => string;

/** A medical statement and the sources a reviewer can check it against. */
export interface Sourced<Text extends string | WithNumber = string> {
  readonly text: Text;
  readonly sources: Sources;
}

/** A paragraph: plain guidance (a string) or a checkable statement (`Sourced`). */
export type Paragraph = string | Sourced;

/** A bullet list. */
export interface List {
  readonly items: readonly Paragraph[];
}

/**
 * A link that leaves the page, to one of the official sites the sources name.
 * Its text is the site's address ("FindTreatment.gov"), so every reader knows
 * before the tap that it leads away from the page.
 */
export interface Link {
  readonly text: string;
  readonly href: `https://${string}`;
}

/** A statement that ends with the site to go to: rendered as the text, then the link. */
export interface Linked extends Sourced {
  readonly link: Link;
}

/**
 * One block of a family step's body, in reading order: a paragraph, a list, or a
 * statement with its link (tell them apart with `typeof block === 'string'`,
 * `'items' in block` and `'link' in block`).
 */
export type Block = Paragraph | List | Linked;

/** A phone line to a person, shown as its name, what it offers, and a call link. */
export interface Line {
  readonly name: string;
  /** As written for reading; the element derives the `tel:` URI from it. */
  readonly number: string;
  /** What it offers, after its name. */
  readonly note: Sourced;
  /** Its website, after its name. */
  readonly site?: Link;
}

/** Words shared by the elements. */
export interface CommonContent {
  /** Visible label of a call button or link: "Call 911". */
  readonly call: (number: string) => string;
  /** Visible label of a text (SMS) button: "Text 555-0142". */
  readonly text: (number: string) => string;
  /** Accessible name of an emergency call button; starts with the visible label. */
  readonly callEmergency: WithNumber;
  /**
   * The national helpline: the call banner's default, and a resource in family
   * step 8. Its `note` is small print short enough for a sticky banner on a phone:
   * free, confidential, always open, English and Spanish.
   */
  readonly helpline: Line & {
    /** What it does for you, its text service and its TTY number: after `note` where there is room. */
    readonly services: Sourced;
  };
}

/** One thing to do: an item of the "what to do" list, and the words of a guide screen (`GuideContent`). */
export interface ActStep extends Sourced<WithNumber> {
  /** The short instruction, without a full stop: the list item's lead, the guide screen's heading. */
  readonly title: WithNumber;
}

/** One branch of the breathing check: what the reader sees, then what to do. */
export interface BreathingCase extends Sourced {
  /** What the reader sees, as a question: "Not breathing, or only gasping?" Also the guide's choice that leads to its screen. */
  readonly lead: string;
}

/** The breathing check: after its `text`, what to do when they do not breathe, and when they do. */
export interface BreathingStep extends ActStep {
  readonly cases: readonly [notBreathing: BreathingCase, breathing: BreathingCase];
}

/**
 * The rescue guide (`<overdose-signs guide>`): one screen at a time from the call
 * until help arrives. Its screens, in the order `recovery-guide` numbers them:
 * 1 the call, 2 the breathing check, 3 breathing: the side position, 4 not
 * breathing: CPR, 5 awake: stay with them. Screens 3 and 4 also offer naloxone
 * and its dose timer.
 *
 * Where a screen says what the "what to do" list already says, it shows the
 * list's own sentence (`OverdoseSignsContent.act`), so each instruction is written,
 * translated and reviewed once: the call screen is the call step and the phone on
 * speaker; the check is titled by the breathing step, and its two choices are the
 * breathing cases' leads; the side position is the breathing case's text, then
 * "stay with them"; the timer's end adds the second-dose step; the awake screen is
 * the "stay with them" step, then `waking`. Only what the list does not say is here.
 */
export interface GuideContent {
  /** The button that starts the guide. */
  readonly start: string;
  /** Accessible name of the guide's region. */
  readonly label: string;
  readonly back: string;
  readonly next: string;
  readonly close: string;
  /** Speaks the screen; shown only where the device has a voice for the language. */
  readonly readAloud: string;

  /** 2. How to check, under the breathing step's title. */
  readonly checkHow: Sourced;

  /** 3. Breathing: the side position. */
  readonly sideTitle: string;

  /** 4. Not breathing: hands-only CPR with a beat, breaths for the trained. The first step is also the drawing's name. */
  readonly cprTitle: string;
  readonly cprSteps: readonly Sourced[];
  /** The sound button: turn the beat's sound on, turn it off. */
  readonly beatSound: readonly [on: string, off: string];

  /** From screen 3 or 4 to 5. */
  readonly wokeUp: string;

  /** Naloxone, on screens 3 and 4; `naloxoneHow` is also the spray drawing's name. */
  readonly naloxoneHow: Sourced;
  /** Counts a dose and starts its timer; `gaveAnother` once a dose is counted. */
  readonly gaveNaloxone: string;
  readonly gaveAnother: string;
  readonly timer: {
    /** Shown before the countdown (m:ss), after the dose's line of the record ("Naloxone, dose 2"), which is also what a screen reader hears when the timer starts. */
    readonly label: string;
    /** Announced with one minute left. */
    readonly oneMinute: string;
    /** Shown and announced when time is up, followed by the second-dose step's text. */
    readonly done: Sourced;
  };

  /** 5. Awake: after the "stay with them" step and `waking`, no using again. */
  readonly awakeNoUse: Sourced;

  /** The record for the paramedics, under every screen once something is in it, and open on screen 5. */
  readonly recordTitle: string;
  /**
   * Its lines, by what happened. The number called follows "Called", the dose's
   * number follows "Naloxone, dose"; the second also leads the timer ("Naloxone,
   * dose 2. Check again in 1:59") and is what a screen reader hears when it starts.
   */
  readonly recordLines: readonly [called: string, dose: string, cprStarted: string, wokeUp: string];
}

export interface OverdoseSignsContent {
  readonly heading: string;
  /** "If you aren't sure, treat it as an overdose." */
  readonly intro: Sourced;
  readonly signsHeading: string;
  readonly signs: readonly Sourced[];
  readonly actHeading: string;
  /**
   * What to do, in CDC's order: a list in the full view, and the words of the
   * guide's screens where they say the same (see `GuideContent`).
   */
  readonly act: readonly [
    call: ActStep,
    naloxone: ActStep,
    breathing: BreathingStep,
    /** Another dose, and every 2–3 minutes after it. */
    secondDose: ActStep,
    stay: ActStep,
  ];
  readonly dontHeading: string;
  readonly donts: readonly Sourced[];
  readonly naloxoneHeading: string;
  /** What naloxone is, how to give it, where to get it. */
  readonly naloxone: readonly Sourced[];
  /** Heading over `drugs`. */
  readonly drugsHeading: string;
  /** Fentanyl, xylazine, and mixing drugs. */
  readonly drugs: readonly Sourced[];
  /** Heading over `waking` and `goodSamaritan`. */
  readonly moreHeading: string;
  /** What to expect when they wake up: withdrawal. */
  readonly waking: Sourced;
  /** Hidden by `good-samaritan="off"`. */
  readonly goodSamaritan: Sourced;
  readonly guide: GuideContent;
}

export interface FamilyStep {
  /** Short title; the element adds the step number (`stepLabel`). */
  readonly title: string;
  /** One line, shown while the step is closed. */
  readonly summary: string;
  readonly body: readonly Block[];
}

export interface FamilyStepsContent {
  readonly heading: string;
  readonly intro: string;
  /** "Step 5": the number beside a title. */
  readonly stepLabel: (step: number) => string;
  readonly steps: readonly [
    understand: FamilyStep,
    lookBeyond: FamilyStep,
    professional: FamilyStep,
    risks: FamilyStep,
    overdose: FamilyStep,
    boundaries: FamilyStep,
    stayInTouch: FamilyStep,
    resources: FamilyStep,
  ];
  /** Step 5: text of the emergency call link. */
  readonly overdoseCall: Sourced<WithNumber>;
  /**
   * Step 5: the pointer to CDC's overdose guidance in this language; the element
   * goes to the page's own `<overdose-signs>` instead when there is one.
   */
  readonly overdoseLink: Link;
  /** Step 8: heading over the partner's `resources` slot and the built-in list. */
  readonly resourcesHeading: string;
  /** Step 8: built-in resources, followed by the national helpline (`common.helpline`). */
  readonly resources: readonly string[];
  /** Step 8: heading over the help for the family itself. */
  readonly supportHeading: string;
  /** Step 8: the family helpline, with its site; a call link follows it. */
  readonly familyLine: Line & { readonly site: Link };
  /** Step 8: family groups, counselors, and 988, after the family helpline. */
  readonly support: readonly Block[];
  readonly closing: string;
}

export interface CallBannerContent {
  /** Accessible name of the banner's region. */
  readonly label: string;
  /** Default headline. */
  readonly message: string;
  /** Default headline when the partner sets `org`. */
  readonly messageFor: (org: string) => string;
  /** Accessible name of the call button: visible label first, then who answers. */
  readonly callName: (phone: string, who: string) => string;
  /** The partner's `hours`: "Hours: Mon–Fri 9–5". */
  readonly hours: (hours: string) => string;
  /**
   * After `open-hours`: the partner's line is closed, when it opens next (`when`:
   * the day and time as `Intl` writes them: "Monday 9:00 AM", "lunes, 9:00"), and
   * the lead-in to its number, which follows as a link to leave a message.
   */
  readonly closedNow: (when: string) => string;
  /** The link to the partner's `chat`. */
  readonly chatLabel: string;
  /** With the default helpline: 988 also helps. */
  readonly lifeline: Sourced;
  /** With the default helpline: neither line replaces the emergency number. */
  readonly emergency: Sourced<WithNumber>;
  /** Accessible name of the close button. */
  readonly dismiss: string;
}

/** Every word of every element, in one language. */
export interface Content {
  readonly common: CommonContent;
  readonly overdoseSigns: OverdoseSignsContent;
  readonly familySteps: FamilyStepsContent;
  readonly callBanner: CallBannerContent;
}
