/**
 * Stand-ins for the device APIs the rescue guide uses (wake lock, vibration,
 * Web Audio, speech), so every engine can be tested with each API present and
 * with it missing, whatever the engine itself has: WebKitGTK has no wake lock or
 * vibration, headless Chromium's wake lock is refused, and real sound or speech
 * in a test run helps nobody. Each stub records what the guide asked of it.
 */

const restorers: (() => void)[] = [];

/**
 * Gives `target[key]` the value `value` (`undefined`: the API is missing) until
 * `restoreDevices()`. The property is defined on the object itself, so it hides
 * the engine's own (on the prototype, or replaced on `window`).
 */
export function setProperty(target: object, key: string, value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  restorers.push(() => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  });
}

/** Puts back every API changed since the last call. */
export function restoreDevices(): void {
  for (const restore of restorers.splice(0).reverse()) restore();
}

/** Removes every API the guide can use, as an old or limited browser would lack them. */
export function removeDevices(): void {
  setProperty(navigator, 'wakeLock', undefined);
  setProperty(navigator, 'vibrate', undefined);
  setProperty(window, 'AudioContext', undefined);
  setProperty(window, 'speechSynthesis', undefined);
}

export interface FakeSentinel {
  released: boolean;
  release: () => Promise<void>;
}

/** A Screen Wake Lock that grants every request; `requests` lists them in order. */
export function fakeWakeLock() {
  const requests: { type: string; sentinel: FakeSentinel }[] = [];
  setProperty(navigator, 'wakeLock', {
    request: (type: string) => {
      const sentinel: FakeSentinel = {
        released: false,
        release: async () => {
          sentinel.released = true;
        },
      };
      requests.push({ type, sentinel });
      return Promise.resolve(sentinel);
    },
  });
  return {
    requests,
    /** Locks requested and not released. */
    held: () => requests.filter(({ sentinel }) => !sentinel.released).length,
  };
}

/** `navigator.vibrate`, recording each pattern. */
export function fakeVibrate() {
  const patterns: number[][] = [];
  setProperty(navigator, 'vibrate', (pattern: number[]) => {
    patterns.push(pattern);
    return true;
  });
  return patterns;
}

export interface FakeTone {
  hertz: number;
  start: number;
  stop: number;
  connected: boolean;
}

/** A Web Audio `AudioContext` whose tones are recorded, not played. `contexts` lists every context made. */
export function fakeAudio() {
  const contexts: FakeAudioContext[] = [];
  class FakeAudioContext {
    state = 'suspended';
    currentTime = 0;
    destination = {};
    tones: FakeTone[] = [];
    constructor() {
      contexts.push(this);
    }
    async resume() {
      if (this.state !== 'closed') this.state = 'running';
    }
    async close() {
      this.state = 'closed';
    }
    createOscillator() {
      const tone: FakeTone = { hertz: 440, start: -1, stop: -1, connected: false };
      this.tones.push(tone);
      return {
        frequency: {
          set value(hertz: number) {
            tone.hertz = hertz;
          },
        },
        connect: () => {
          tone.connected = true;
        },
        start: (at: number) => {
          tone.start = at;
        },
        stop: (at: number) => {
          tone.stop = at;
        },
      };
    }
  }
  setProperty(window, 'AudioContext', FakeAudioContext);
  return {
    contexts,
    /** Every tone of every context, silent unlock tones (0 Hz) left out. */
    tones: () => contexts.flatMap((context) => context.tones).filter((tone) => tone.hertz > 0),
  };
}

export interface FakeVoice {
  lang: string;
  localService: boolean;
  name: string;
}

/** `speechSynthesis` with the given voices (change them with `setVoices`), recording what it is asked to say. */
export function fakeSpeech(initialVoices: FakeVoice[]) {
  let voices = initialVoices;
  const spoken: { text: string; lang: string; voice: FakeVoice }[] = [];
  let cancels = 0;
  const listeners = new Set<EventListener>();
  setProperty(window, 'speechSynthesis', {
    getVoices: () => voices,
    speak: (utterance: { text: string; lang: string; voice: FakeVoice }) => {
      spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice });
    },
    cancel: () => {
      cancels++;
    },
    addEventListener: (type: string, listener: EventListener) => {
      if (type === 'voiceschanged') listeners.add(listener);
    },
    removeEventListener: (type: string, listener: EventListener) => {
      if (type === 'voiceschanged') listeners.delete(listener);
    },
  });
  // Some engines have no SpeechSynthesisUtterance either.
  setProperty(
    window,
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      voice: FakeVoice | null = null;
      constructor(public text: string) {}
    },
  );
  return {
    spoken,
    cancels: () => cancels,
    listeners,
    setVoices(next: FakeVoice[]) {
      voices = next;
      for (const listener of listeners) listener(new Event('voiceschanged'));
    },
  };
}
