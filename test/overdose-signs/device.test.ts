import { expect } from '@open-wc/testing';
import { beep, openAudio, ScreenAwake, speak, vibrate, voiceFor } from '../../src/overdose-signs/device.js';
import { fakeAudio, fakeSpeech, fakeVibrate, fakeWakeLock, removeDevices, restoreDevices, setProperty } from './device-fakes.js';

/** Lets resolved promises run. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('the rescue guide’s device helpers', () => {
  afterEach(() => restoreDevices());

  describe('ScreenAwake', () => {
    it('asks for a screen wake lock and lets it go', async () => {
      const lock = fakeWakeLock();
      const awake = new ScreenAwake();
      awake.hold();
      await settle();
      expect(lock.requests.map(({ type }) => type)).to.deep.equal(['screen']);
      expect(lock.held()).to.equal(1);
      awake.release();
      await settle();
      expect(lock.held()).to.equal(0);
    });

    it('holding again (back from the phone app) leaves one lock held, not two', async () => {
      const lock = fakeWakeLock();
      const awake = new ScreenAwake();
      awake.hold();
      awake.hold();
      await settle();
      expect(lock.requests).to.have.length(2);
      expect(lock.held()).to.equal(1);
    });

    it('lets go of a lock granted after release() was called', async () => {
      const lock = fakeWakeLock();
      const awake = new ScreenAwake();
      awake.hold();
      awake.release();
      await settle();
      expect(lock.requests).to.have.length(1);
      expect(lock.held()).to.equal(0);
    });

    it('ignores a refusal, and a browser without wake lock', async () => {
      const awake = new ScreenAwake();
      setProperty(navigator, 'wakeLock', { request: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) });
      awake.hold();
      await settle();
      awake.release();
      removeDevices();
      awake.hold();
      awake.release();
      await settle();
    });
  });

  describe('vibrate', () => {
    it('buzzes in the given pattern where the device can', () => {
      const patterns = fakeVibrate();
      vibrate([400, 200, 400]);
      expect(patterns).to.deep.equal([[400, 200, 400]]);
    });

    it('does nothing where there is no vibration (Safari)', () => {
      removeDevices();
      expect(() => vibrate([400])).not.to.throw();
    });
  });

  describe('openAudio and beep', () => {
    it('opens a running audio context and plays a silent tone to unlock it on iPhones', async () => {
      const audio = fakeAudio();
      const context = openAudio();
      await settle();
      expect(audio.contexts).to.have.length(1);
      expect(context).to.equal(audio.contexts[0]);
      expect(audio.contexts[0]!.state).to.equal('running');
      expect(audio.contexts[0]!.tones).to.have.length(1);
      expect(audio.contexts[0]!.tones[0]!.hertz).to.equal(0);
    });

    it('beeps at a pitch, for a time, after a delay, into the speakers', () => {
      const audio = fakeAudio();
      const context = openAudio();
      beep(context, 880, 0.25, 0.4);
      expect(audio.tones()).to.deep.equal([{ hertz: 880, start: 0.4, stop: 0.65, connected: true }]);
    });

    it('returns no context where there is no Web Audio, and a beep without one does nothing', () => {
      removeDevices();
      expect(openAudio()).to.equal(undefined);
      expect(() => beep(undefined, 880, 0.25)).not.to.throw();
    });
  });

  describe('voiceFor and speak', () => {
    it('finds a voice for the language on the device, never a network voice', () => {
      fakeSpeech([
        { lang: 'en-US', localService: false, name: 'Cloud English' },
        { lang: 'es_US', localService: true, name: 'Paulina' },
        { lang: 'en-GB', localService: true, name: 'Daniel' },
      ]);
      expect(voiceFor('es')?.name).to.equal('Paulina');
      expect(voiceFor('en')?.name).to.equal('Daniel');
      expect(voiceFor('fr')).to.equal(undefined);
    });

    it('has no voice where there is no speech, or no voice on the device', () => {
      fakeSpeech([{ lang: 'es-US', localService: false, name: 'Cloud Spanish' }]);
      expect(voiceFor('es')).to.equal(undefined);
      restoreDevices();
      removeDevices();
      expect(voiceFor('en')).to.equal(undefined);
    });

    it('speaks the words with the voice in its language, cutting off what it was saying', () => {
      const speech = fakeSpeech([{ lang: 'es-US', localService: true, name: 'Paulina' }]);
      speak('Llame al 911 ahora', voiceFor('es')!);
      expect(speech.cancels()).to.equal(1);
      expect(speech.spoken).to.have.length(1);
      expect(speech.spoken[0]).to.include({ text: 'Llame al 911 ahora', lang: 'es-US' });
      expect(speech.spoken[0]!.voice.name).to.equal('Paulina');
    });
  });
});
