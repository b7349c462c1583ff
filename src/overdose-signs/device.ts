/**
 * What the rescue guide asks of the phone: keep the screen on, beep, buzz, speak.
 * Each is optional on the web (Safari has no vibration, older engines no wake
 * lock, many devices no voice for a language), so each helper reads the API at
 * the moment it is called and does nothing where it is missing: a rescue must
 * never stop on an error from a nice-to-have.
 */

/**
 * Holds a Screen Wake Lock while wanted. The browser drops the lock whenever the
 * page is hidden (the reader switched to the phone app), so `hold()` is called
 * again when it comes back. A refusal (no permission, page hidden) is ignored.
 */
export class ScreenAwake {
  #lock?: Promise<WakeLockSentinel | void>;

  hold(): void {
    this.release();
    this.#lock = navigator.wakeLock?.request('screen').catch(() => {});
  }

  release(): void {
    // A lock granted after release() was called is let go as soon as it arrives.
    void this.#lock?.then((sentinel) => sentinel?.release());
    this.#lock = undefined;
  }
}

/** Buzzes where the device can (not in Safari); the pattern is on/off milliseconds. */
export const vibrate = (pattern: number[]): void => void navigator.vibrate?.(pattern);

/**
 * An audio context made during a tap: browsers (iPhones most strictly) only
 * let a page start sound from a reader's gesture, and a context started then can
 * still beep minutes later. The silent tone completes the unlock on iOS.
 */
export function openAudio(): AudioContext | undefined {
  if (!globalThis.AudioContext) return undefined;
  const audio = new AudioContext();
  // A context closed before it got going (the guide closed at once) rejects:
  // nothing is lost, and a page's error reporting should not hear of it.
  audio.resume().catch(() => {});
  beep(audio, 0, 0.01);
  return audio;
}

/**
 * One generated tone, `delay` seconds from now: no sound file, no request.
 * A 0 Hz sine is silence.
 */
export function beep(audio: AudioContext | undefined, hertz: number, seconds: number, delay = 0): void {
  if (!audio) return;
  const tone = audio.createOscillator();
  const start = audio.currentTime + delay;
  tone.frequency.value = hertz;
  tone.connect(audio.destination);
  tone.start(start);
  tone.stop(start + seconds);
}

/**
 * A voice on this device for `language` (`en`, `es`). Only voices that run on
 * the device: a network voice would send our words to a speech service, and the
 * elements send nothing anywhere.
 */
export const voiceFor = (language: string): SpeechSynthesisVoice | undefined =>
  globalThis.speechSynthesis
    ?.getVoices()
    .find((voice) => voice.localService && voice.lang.startsWith(language));

/** Speaks `words` with `voice`, cutting off anything it was saying. */
export function speak(words: string, voice: SpeechSynthesisVoice): void {
  const utterance = new SpeechSynthesisUtterance(words);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  speechSynthesis.cancel();
  speechSynthesis.speak(utterance);
}
