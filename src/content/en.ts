/**
 * English. Written for a frightened reader: short sentences, plain words,
 * person-first language [NIDA-W]. Source keys: see `sources.ts`.
 */

import type { Content } from './schema.js';

export const en: Content = {
  common: {
    call: (number) => `Call ${number}`,
    text: (number) => `Text ${number}`,
    callEmergency: (number) => `Call ${number}, emergency services`,
    helpline: {
      name: 'SAMHSA National Helpline',
      number: '1-800-662-4357',
      note: { text: 'Free, confidential, open 24/7, in English and Spanish.', sources: ['SAMHSA-H'] },
      services: { text: 'They help you find treatment near you. TTY: 1-800-487-4889.', sources: ['SAMHSA-H'] },
    },
  },

  overdoseSigns: {
    heading: 'Signs of an opioid overdose',
    intro: {
      text: "It can be hard to tell if someone is very high or overdosing. If you aren't sure, treat it as an overdose. You could save a life.",
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
        text: () => "Say the person is not breathing or won't wake up.",
        sources: ['CDC-R', 'SAMHSA-T'],
      },
      {
        title: () => 'Give naloxone',
        text: () => "If you have it, spray it into one nostril. If you don't, go on to the next step.",
        sources: ['CDC-R', 'FDA-N'],
      },
      {
        title: () => 'Help them breathe',
        text: () =>
          "If you are trained, give rescue breaths. If they are breathing, roll them on their side so they don't choke.",
        sources: ['CDC-R', 'SAMHSA-T'],
      },
      {
        title: () => 'No response after 2 to 3 minutes? Give a second dose',
        text: () => 'Use a new device, in the other nostril.',
        sources: ['FDA-N', 'CDC-N'],
      },
      {
        title: () => 'Stay with them',
        text: (n) =>
          `Naloxone wears off in 30 to 90 minutes, and the overdose can come back. Call ${n} even if they wake up.`,
        sources: ['WI-N', 'FDA-N'],
      },
    ],
    dontHeading: 'Do not',
    donts: [
      { text: 'Slap or hit them.', sources: ['SAMHSA-T'] },
      { text: 'Put them in a cold bath or shower.', sources: ['SAMHSA-T'] },
      { text: 'Inject them with anything.', sources: ['SAMHSA-T'] },
      { text: 'Try to make them throw up.', sources: ['SAMHSA-T'] },
    ],
    naloxoneHeading: 'About naloxone (Narcan)',
    naloxone: [
      {
        text: 'Naloxone is a medicine that can reverse an opioid overdose. It does no harm if the overdose is not from opioids.',
        sources: ['CDC-N'],
      },
      {
        text: 'Since 2023, US drugstores sell naloxone nasal spray without a prescription: Narcan 4 mg, RiVive 3 mg, or a generic 4 mg spray.',
        sources: ['FDA-N', 'CDC-N'],
      },
      {
        text: 'To use it, put the tip in one nostril and press the plunger firmly.',
        sources: ['FDA-N'],
      },
    ],
    moreHeading: 'Good to know',
    waking: {
      text: 'Waking up can bring withdrawal: shaking, sweating, nausea, or anger. This is expected. Stay calm.',
      sources: ['FDA-N'],
    },
    mixing: {
      text: 'Heroin mixed with alcohol, benzos (benzodiazepines), or other opioids makes a deadly overdose much more likely.',
      sources: ['NIDA-H'],
    },
    goodSamaritan: {
      text: 'Most states have Good Samaritan laws. When you call for help, they may protect you and the person who overdosed from some criminal charges.',
      sources: ['CDC-R'],
    },
    guide: {
      start: 'Show me what to do, step by step',
      label: 'Step-by-step guide',
      back: 'Back',
      next: 'Next',
      close: 'Close',
      readAloud: 'Read aloud',
      callTitle: (n) => `Call ${n} now`,
      callSay: [
        { text: 'Say: "Someone is not breathing" or "Someone won\'t wake up."', sources: ['SAMHSA-T', 'CDC-R'] },
        { text: 'Give the address, or say where you are.', sources: ['SAMHSA-T', 'CDC-R'] },
        { text: 'Put the phone on speaker. They will tell you what to do.', sources: ['AHA-O'] },
      ],
      checkTitle: 'Are they breathing?',
      checkHow: { text: 'Look at their chest, and listen. Gasping is not breathing.', sources: ['AHA-O'] },
      breathingYes: 'They are breathing',
      breathingNo: 'Not breathing, or only gasping',
      sideTitle: 'Lay them on their side',
      sideSteps: [
        { text: "Roll them on their side, so they don't choke.", sources: ['CDC-R', 'SAMHSA-T'] },
        { text: 'Watch their breathing. Stay with them.', sources: ['CDC-R', 'SAMHSA-T'] },
      ],
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
        done: 'Time is up. Check them now.',
        instruction: {
          text: 'No response? Give another dose in the other nostril, with a new device.',
          sources: ['FDA-N', 'CDC-N', 'AHA-O'],
        },
      },
      awakeTitle: 'Stay with them until help comes',
      awakeSteps: [
        {
          text: 'Naloxone wears off in 30 to 90 minutes, and the overdose can come back. Do not cancel the ambulance.',
          sources: ['WI-N', 'FDA-N'],
        },
        { text: 'They may feel sick, shaky, or angry. That is normal.', sources: ['FDA-N'] },
        {
          text: "Don't let them use again. If they get very sleepy, lay them on their side and watch their breathing.",
          sources: ['SAMHSA-T', 'CDC-R'],
        },
      ],
      recordTitle: 'For the paramedics',
      recordLines: ['Called', 'Naloxone, dose', 'CPR started', 'Woke up'],
    },
  },

  familySteps: {
    heading: '8 steps to help a loved one who uses opioids',
    intro: 'Caring about someone who uses heroin or other opioids is hard. These steps can help you, and them.',
    stepLabel: (step) => `Step ${step}`,
    steps: [
      {
        title: 'Learn about the disease',
        summary: 'Opioid use disorder is a long-term disease. It can be treated.',
        body: [
          { text: 'Treatment often brings together:', sources: ['HHS-M'] },
          {
            items: [
              { text: 'Detox, to get through withdrawal safely', sources: ['HHS-M'] },
              { text: 'Talk therapy', sources: ['HHS-M'] },
              { text: 'Help with life skills', sources: ['HHS-M'] },
              { text: 'Medicine', sources: ['HHS-M'] },
              { text: 'Support from peers in recovery', sources: ['HHS-M'] },
            ],
          },
          {
            text: 'Medicines for opioid use disorder are the standard of care. They are methadone, buprenorphine, and naltrexone.',
            sources: ['HHS-M'],
          },
          {
            text: 'A return to use can happen. It is not a failure. A stable home, work, and family support lower the risk.',
            sources: ['HHS-M'],
          },
        ],
      },
      {
        title: 'Look beyond the drug use',
        summary: 'Trauma and mental health often play a part.',
        body: [
          { text: 'Genes and life events, most of all trauma, can lead to a substance use disorder.', sources: ['SAMHSA-COD'] },
          { text: 'Depression, anxiety, or PTSD often come with it.', sources: ['SAMHSA-COD'] },
          {
            text: 'Look for a program that treats both together. This is called care for co-occurring disorders.',
            sources: ['SAMHSA-COD'],
          },
        ],
      },
      {
        title: 'Talk to a treatment professional',
        summary: 'Get advice now, even before your loved one is ready.',
        body: [
          'A counselor or doctor who treats drug use can help you make a plan and find help nearby.',
          'Learn the words you will hear:',
          {
            items: [
              'Detox: care during withdrawal',
              'Inpatient: living at a treatment center for a time',
              'PHP (partial hospital program): treatment by day, home at night',
              'IOP (intensive outpatient program): a few sessions a week, living at home',
              'MOUD: medicines for opioid use disorder',
              '12-step: peer groups like Narcotics Anonymous',
            ],
          },
        ],
      },
      {
        title: 'Know the health risks',
        summary: 'Heroin and other opioids can harm the whole body.',
        body: [
          { text: 'Heroin use can lead to:', sources: ['NIDA-H'] },
          {
            items: [
              { text: 'Collapsed veins and skin infections where they inject', sources: ['NIDA-H'] },
              { text: 'Infection of the heart lining and valves', sources: ['NIDA-H'] },
              { text: 'Liver and kidney disease', sources: ['NIDA-H'] },
              { text: 'Lung problems, like pneumonia', sources: ['NIDA-H'] },
              { text: 'HIV and hepatitis B and C from shared needles or gear', sources: ['NIDA-H'] },
              { text: 'Problems in pregnancy, like withdrawal in the newborn', sources: ['NIDA-H'] },
            ],
          },
          {
            text: 'Mixing heroin with alcohol or other drugs that slow the body down can kill.',
            sources: ['NIDA-H'],
          },
        ],
      },
      {
        title: 'Be ready for an overdose',
        summary: 'Keep naloxone at home and know what to do.',
        body: [
          {
            text: 'You can buy naloxone at a drugstore without a prescription. Learn how to use it.',
            sources: ['CDC-N', 'FDA-N'],
          },
        ],
      },
      {
        title: 'Set healthy limits',
        summary: 'Be warm and firm. It works better than "tough love."',
        body: [
          'Protect your own safety: no drug use in your home, no money that could buy drugs, and clear rules.',
          {
            text: 'A warm, firm approach works better than "tough love" or waiting for "rock bottom." A method called CRAFT teaches families to:',
            sources: ['CRAFT'],
          },
          {
            items: [
              { text: 'Talk calmly, without blame', sources: ['CRAFT'] },
              { text: 'Reward days without drug use', sources: ['CRAFT'] },
              { text: 'Let natural consequences of drug use happen', sources: ['CRAFT'] },
              { text: 'Take care of themselves', sources: ['CRAFT'] },
            ],
          },
          {
            text: 'In studies, about 2 in 3 families who learned CRAFT got their loved one into treatment: 3 times as many as with Al-Anon or Nar-Anon, and twice as many as with a planned confrontation.',
            sources: ['CRAFT'],
          },
        ],
      },
      {
        title: 'Stay in touch',
        summary: 'Keep the door open, even when it is hard.',
        body: [
          'Being cut off from others can feed drug use. Keep talking and check in often. Know who they spend time with.',
          'If they have left home, keep a line open through friends.',
        ],
      },
      {
        title: 'Have help ready',
        summary: 'When your loved one says yes, be ready to act.',
        body: ['Make a list of places to call now, so you can act fast when your loved one says yes to help.'],
      },
    ],
    overdoseCall: {
      text: (n) => `If you think it is an overdose, call ${n} right away.`,
      sources: ['CDC-R'],
    },
    overdoseLink: 'Learn the signs of an overdose and what to do',
    resourcesHeading: 'Places to find help',
    resources: [
      'Narcotics Anonymous (NA) and other 12-step groups',
      'Faith communities',
      'Volunteer and peer recovery groups',
    ],
    closing: 'There is no sure way to help. But steady support from family and friends makes a real difference.',
  },

  callBanner: {
    label: 'Help by phone',
    message: 'Worried about a loved one? Talk to someone who can help.',
    messageFor: (org) => `Worried about a loved one? Talk to someone at ${org} who can help.`,
    callName: (phone, who) => `Call ${phone}, ${who}`,
    hours: (hours) => `Hours: ${hours}`,
    lifeline: {
      text: 'You can also call or text 988, the Suicide & Crisis Lifeline, in a drug crisis or if you are worried about a loved one.',
      sources: ['SAMHSA-988'],
    },
    emergency: { text: (n) => `In an overdose, call ${n}.`, sources: ['CDC-R'] },
    dismiss: 'Hide this message',
  },
};
