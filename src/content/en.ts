/**
 * English. Written for a frightened reader: short sentences, plain words,
 * person-first language [NIDA-W]. Source keys: see `sources.ts`.
 */

import type { Content } from './schema.js';
import { familySteps, fentanyl, getNaloxone, mixing, textZip } from './en-family-steps.js';

export const en: Content = {
  common: {
    call: (number) => `Call ${number}`,
    text: (number) => `Text ${number}`,
    callEmergency: (number) => `Call ${number}, emergency services`,
    helpline: {
      name: 'SAMHSA National Helpline',
      number: '1-800-662-4357',
      note: { text: 'Free, confidential, open 24/7, in English and Spanish.', sources: ['SAMHSA-H'] },
      services: {
        text: `They help you find treatment near you. ${textZip} TTY: 1-800-487-4889.`,
        sources: ['SAMHSA-H', 'SAMHSA-FT'],
      },
    },
  },

  overdoseSigns: {
    heading: 'Signs of an opioid overdose',
    intro: {
      text: "It can be hard to tell if someone is very high or overdosing. If you aren't sure, treat it as an overdose.",
      sources: ['CDC-R'],
    },
    signsHeading: 'Look for these signs',
    signs: [
      { text: "Won't wake up, even if you shout or rub hard on the middle of their chest.", sources: ['CDC-R'] },
      { text: 'Slow or shallow breathing, or no breathing.', sources: ['CDC-R'] },
      { text: 'Choking, gurgling, or snoring sounds.', sources: ['CDC-R'] },
      { text: 'Lips and fingertips look blue, gray, or ashen.', sources: ['CDC-R'] },
      { text: 'Tiny "pinpoint" pupils.', sources: ['CDC-R'] },
      { text: 'A limp body.', sources: ['CDC-R'] },
      { text: 'Pale, cold, or clammy skin.', sources: ['CDC-R'] },
    ],
    actHeading: 'What to do',
    act: [
      {
        title: (n) => `Call ${n} now`,
        text: () => 'Say "someone is not breathing" or "won\'t wake up." Give the address, and stay on the line.',
        sources: ['CDC-R', 'SAMHSA-T'],
      },
      {
        title: () => 'Give naloxone',
        text: () => "Spray it into one nostril as soon as you have it. Don't wait for it to start CPR.",
        sources: ['CDC-R', 'FDA-N', 'AHA-O'],
      },
      {
        title: () => 'Check their breathing',
        text: () => 'Put the phone on speaker so the dispatcher can coach you.',
        sources: ['AHA-O'],
        cases: [
          {
            lead: 'Not breathing, or only gasping?',
            text: 'Start CPR now. Push hard and fast in the center of the chest, 100 to 120 times a minute. If you are trained, give breaths too. Keep going until they respond or help takes over.',
            sources: ['AHA-O'],
          },
          {
            lead: 'Breathing, but not waking up?',
            text: "Roll them on their side so they don't choke, and watch their breathing.",
            sources: ['CDC-R', 'SAMHSA-T'],
          },
        ],
      },
      {
        title: () => 'No response after 2 to 3 minutes? Give another dose',
        text: () => 'Use a new device, in the other nostril. Repeat every 2 to 3 minutes until they respond or help arrives.',
        sources: ['FDA-N', 'AHA-O', 'CDC-N'],
      },
      {
        title: () => 'Stay with them',
        text: () =>
          "Naloxone wears off in 30 to 90 minutes, and the overdose can come back. Don't cancel the ambulance if they wake up.",
        sources: ['WI-N', 'FDA-N', 'SAMHSA-T'],
      },
    ],
    dontHeading: 'Do not',
    donts: [
      { text: 'Slap or hit them.', sources: ['SAMHSA-T'] },
      { text: 'Put them in a cold bath or shower.', sources: ['SAMHSA-T'] },
      { text: 'Inject them with anything.', sources: ['SAMHSA-T'] },
      { text: 'Try to make them throw up.', sources: ['SAMHSA-T'] },
      { text: 'Let them "sleep it off."', sources: ['SAMHSA-T'] },
      { text: 'Leave them alone. If you must go, roll them on their side first.', sources: ['SAMHSA-T'] },
      { text: 'Let them use again soon after waking up.', sources: ['SAMHSA-T'] },
    ],
    naloxoneHeading: 'About naloxone (Narcan)',
    naloxone: [
      {
        text: 'This medicine can reverse an opioid overdose. It does no harm if the overdose is not from opioids.',
        sources: ['CDC-N'],
      },
      {
        text: 'To use it, put the tip in one nostril and press the plunger firmly.',
        sources: ['FDA-N'],
      },
      getNaloxone,
    ],
    drugsHeading: 'Fentanyl and other drugs',
    drugs: [
      fentanyl,
      {
        text: 'So if it could be an overdose, give naloxone, even if you think they took no opioid.',
        sources: ['CDC-F', 'CDC-N'],
      },
      {
        text: 'Xylazine ("tranq") is often mixed with fentanyl. Naloxone does not reverse it, but still give naloxone. They may stay very sleepy even as they breathe better: keep them on their side.',
        sources: ['CDC-X'],
      },
      mixing,
    ],
    moreHeading: 'Good to know',
    waking: {
      text: 'Waking up can bring withdrawal: shaking, sweating, nausea, or anger. This is expected. Stay calm.',
      sources: ['FDA-N'],
    },
    goodSamaritan: {
      text: 'Most states have Good Samaritan laws. If you call for help, they may protect you and the person who overdosed from some criminal charges.',
      sources: ['CDC-R'],
    },
    guide: {
      start: 'Show me what to do, step by step',
      label: 'Step-by-step guide',
      back: 'Back',
      next: 'Next',
      close: 'Close',
      readAloud: 'Read aloud',
      checkHow: { text: 'Look at their chest, and listen. Gasping is not breathing.', sources: ['AHA-O'] },
      sideTitle: 'Lay them on their side',
      cprTitle: 'Push hard and fast on the chest',
      cprSteps: [
        {
          text: 'Put your hands in the center of the chest. Push with the beat: 100 to 120 times a minute.',
          sources: ['AHA-O'],
        },
        { text: 'Trained in CPR? Give 2 breaths after every 30 pushes.', sources: ['AHA-O'] },
        { text: "Don't wait for naloxone. Keep pushing until they breathe or help takes over.", sources: ['AHA-O'] },
      ],
      beatSound: ['Turn on the sound', 'Turn off the sound'],
      wokeUp: 'They woke up',
      naloxoneHow: { text: 'Have naloxone? Spray it into one nostril.', sources: ['CDC-R', 'FDA-N'] },
      gaveNaloxone: 'I gave naloxone',
      gaveAnother: 'I gave another dose',
      timer: {
        label: 'Check again in',
        oneMinute: 'One minute left.',
        done: { text: 'Time is up. Check them now. No response? Give another dose.', sources: ['FDA-N', 'CDC-N', 'AHA-O'] },
      },
      awakeNoUse: {
        text: "Don't let them use again. If they get very sleepy, lay them on their side and watch their breathing.",
        sources: ['SAMHSA-T', 'CDC-R'],
      },
      recordTitle: 'For the paramedics',
      recordLines: ['Called', 'Naloxone, dose', 'CPR started', 'Woke up'],
    },
  },

  familySteps,

  callBanner: {
    label: 'Help by phone',
    message: 'Worried about a loved one? Talk to someone who can help.',
    messageFor: (org) => `Worried about a loved one? Talk to someone at ${org} who can help.`,
    callName: (phone, who) => `Call ${phone}, ${who}`,
    hours: (hours) => `Hours: ${hours}`,
    closedNow: (when) => `Closed now. Opens ${when}. Leave a message:`,
    chatLabel: 'Chat',
    lifeline: {
      text: 'You can also call or text 988, the Suicide & Crisis Lifeline, in a drug crisis or if you worry about a loved one.',
      sources: ['SAMHSA-988', 'LIFELINE'],
    },
    emergency: { text: (n) => `In an overdose, call ${n}.`, sources: ['CDC-R'] },
    dismiss: 'Hide this message',
  },
};
