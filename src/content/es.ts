/**
 * Spanish, for families in the US: "usted", and the terms of CDC's Spanish pages
 * [CDC-R, CDC-N] ("signos de sobredosis", "pérdida del conocimiento", "atomizador
 * nasal", "coloque a la persona de costado", "Ley del Buen Samaritano"…).
 * Written from the English meaning, as a Spanish speaker would say it, not word
 * for word. Source keys: see `sources.ts`.
 */

import type { Content } from './schema.js';
import { familySteps, fentanyl, getNaloxone, mixing, textZip } from './es-family-steps.js';

export const es: Content = {
  common: {
    call: (number) => `Llamar al ${number}`,
    text: (number) => `Mensaje de texto al ${number}`,
    callEmergency: (number) => `Llamar al ${number}, servicios de emergencia`,
    helpline: {
      name: 'Línea Nacional de Ayuda de SAMHSA',
      number: '1-800-662-4357',
      note: { text: 'Gratis y confidencial, las 24 horas, en español e inglés.', sources: ['SAMHSA-H'] },
      services: {
        text: `Le ayudan a encontrar tratamiento cerca de usted. ${textZip} TTY: 1-800-487-4889.`,
        sources: ['SAMHSA-H', 'SAMHSA-FT'],
      },
    },
  },

  overdoseSigns: {
    heading: 'Signos de una sobredosis de opioides',
    intro: {
      text: 'Puede ser difícil saber si alguien está muy drogado o tiene una sobredosis. Si tiene dudas, actúe como si fuera una sobredosis.',
      sources: ['CDC-R'],
    },
    signsHeading: 'Fíjese en estos signos',
    signs: [
      {
        text: 'Pérdida del conocimiento: no despierta aunque le grite o le frote fuerte el centro del pecho.',
        sources: ['CDC-R'],
      },
      { text: 'Respiración lenta o superficial, o no respira.', sources: ['CDC-R'] },
      { text: 'Ruidos de ahogo, gorgoteos o ronquidos.', sources: ['CDC-R'] },
      { text: 'Labios y yemas de los dedos de color azul, gris o ceniza.', sources: ['CDC-R'] },
      { text: 'Pupilas pequeñas, como de punta de alfiler.', sources: ['CDC-R'] },
      { text: 'Cuerpo flojo, sin fuerza.', sources: ['CDC-R'] },
      { text: 'Piel pálida, fría o húmeda.', sources: ['CDC-R'] },
    ],
    actHeading: 'Qué hacer',
    act: [
      {
        title: (n) => `Llame al ${n} ahora`,
        text: () => 'Diga: "alguien no respira" o "no se despierta". Dé la dirección y no cuelgue.',
        sources: ['CDC-R', 'SAMHSA-T'],
      },
      {
        title: () => 'Dele naloxona',
        text: () => 'Aplíquela en una fosa nasal en cuanto la tenga. No espere a tenerla para empezar la RCP.',
        sources: ['CDC-R', 'FDA-N', 'AHA-O'],
      },
      {
        title: () => 'Revise si respira',
        text: () => 'Ponga el teléfono en altavoz: el operador le dirá qué hacer.',
        sources: ['AHA-O'],
        cases: [
          {
            lead: '¿No respira, o solo boquea?',
            text: 'Empiece ya la RCP (reanimación cardiopulmonar). Presione fuerte y rápido en el centro del pecho, de 100 a 120 veces por minuto. Si sabe dar respiración de boca a boca, hágalo también. Siga hasta que reaccione o llegue la ayuda.',
            sources: ['AHA-O'],
          },
          {
            lead: '¿Respira, pero no despierta?',
            text: 'Coloque a la persona de costado para que no se ahogue, y vigile su respiración.',
            sources: ['CDC-R', 'SAMHSA-T'],
          },
        ],
      },
      {
        title: () => '¿No responde en 2 a 3 minutos? Dé otra dosis',
        text: () => 'Use un atomizador nuevo, en la otra fosa nasal. Repita cada 2 a 3 minutos hasta que responda o llegue la ayuda.',
        sources: ['FDA-N', 'AHA-O', 'CDC-N'],
      },
      {
        title: () => 'Quédese con la persona',
        text: () =>
          'La naloxona deja de hacer efecto en 30 a 90 minutos, y la sobredosis puede volver. No cancele la ambulancia aunque despierte.',
        sources: ['WI-N', 'FDA-N', 'SAMHSA-T'],
      },
    ],
    dontHeading: 'Qué no hacer',
    donts: [
      { text: 'No le dé cachetadas ni golpes.', sources: ['SAMHSA-T'] },
      { text: 'No meta a la persona en una tina o ducha fría.', sources: ['SAMHSA-T'] },
      { text: 'No le inyecte nada.', sources: ['SAMHSA-T'] },
      { text: 'No intente hacer vomitar a la persona.', sources: ['SAMHSA-T'] },
      { text: 'No crea que se le va a pasar durmiendo.', sources: ['SAMHSA-T'] },
      { text: 'No deje sola a la persona. Si tiene que irse, antes colóquela de costado.', sources: ['SAMHSA-T'] },
      { text: 'No deje que vuelva a consumir poco después de despertar.', sources: ['SAMHSA-T'] },
    ],
    naloxoneHeading: 'Sobre la naloxona (Narcan)',
    naloxone: [
      {
        text: 'Este medicamento puede revertir una sobredosis de opioides. No hace daño si la sobredosis no es por opioides.',
        sources: ['CDC-N'],
      },
      {
        text: 'Para usar el atomizador nasal, ponga la punta en una fosa nasal y apriete el émbolo con firmeza.',
        sources: ['FDA-N'],
      },
      getNaloxone,
    ],
    drugsHeading: 'El fentanilo y otras drogas',
    drugs: [
      fentanyl,
      {
        text: 'Por eso, si puede ser una sobredosis, dé naloxona, aunque crea que no tomó opioides.',
        sources: ['CDC-F', 'CDC-N'],
      },
      {
        text: 'La xilacina ("tranq") se mezcla a menudo con el fentanilo. La naloxona no la revierte, pero igual dé naloxona. La persona puede seguir muy dormida aunque respire mejor: déjela de costado.',
        sources: ['CDC-X'],
      },
      mixing,
    ],
    moreHeading: 'Conviene saber',
    waking: {
      text: 'Al despertar, la persona puede tener temblores, sudor, náuseas o enojo por la abstinencia. Es normal. Mantenga la calma.',
      sources: ['FDA-N'],
    },
    goodSamaritan: {
      text: 'La mayoría de los estados tienen leyes del Buen Samaritano. Si pide ayuda, pueden protegerle a usted y a la persona con la sobredosis de algunos cargos penales.',
      sources: ['CDC-R'],
    },
    guide: {
      start: 'Mostrarme qué hacer, paso a paso',
      label: 'Guía paso a paso',
      back: 'Atrás',
      next: 'Siguiente',
      close: 'Cerrar',
      readAloud: 'Leer en voz alta',
      checkHow: { text: 'Mire su pecho y escuche. Boquear no es respirar.', sources: ['AHA-O'] },
      sideTitle: 'Coloque a la persona de costado',
      cprTitle: 'Empuje fuerte y rápido en el pecho',
      cprSteps: [
        {
          text: 'Ponga las manos en el centro del pecho. Empuje al ritmo: de 100 a 120 veces por minuto.',
          sources: ['AHA-O'],
        },
        { text: '¿Sabe dar RCP? Dé 2 respiraciones después de cada 30 compresiones.', sources: ['AHA-O'] },
        {
          text: 'No espere a tener naloxona. Siga empujando hasta que respire o llegue la ayuda.',
          sources: ['AHA-O'],
        },
      ],
      beatSound: ['Activar el sonido', 'Apagar el sonido'],
      wokeUp: 'Se despertó',
      naloxoneHow: { text: '¿Tiene naloxona? Rocíela en una fosa nasal.', sources: ['CDC-R', 'FDA-N'] },
      gaveNaloxone: 'Ya le di naloxona',
      gaveAnother: 'Ya le di otra dosis',
      timer: {
        label: 'Vuelva a revisar en',
        oneMinute: 'Queda un minuto.',
        done: {
          text: 'Se acabó el tiempo. Revise a la persona ahora. ¿No responde? Dé otra dosis.',
          sources: ['FDA-N', 'CDC-N', 'AHA-O'],
        },
      },
      awakeNoUse: {
        text: 'No deje que vuelva a consumir. Si le da mucho sueño, colóquela de costado y vigile su respiración.',
        sources: ['SAMHSA-T', 'CDC-R'],
      },
      recordTitle: 'Para los paramédicos',
      recordLines: ['Se llamó al', 'Naloxona, dosis', 'Empezó la RCP', 'Se despertó'],
    },
  },

  familySteps,

  callBanner: {
    label: 'Ayuda por teléfono',
    message: '¿Le preocupa un ser querido? Hable con alguien que puede ayudarle.',
    messageFor: (org) => `¿Le preocupa un ser querido? Hable con alguien de ${org} que puede ayudarle.`,
    callName: (phone, who) => `Llamar al ${phone}, ${who}`,
    hours: (hours) => `Horario: ${hours}`,
    closedNow: (when) => `Ahora está cerrado. Abre el ${when}. Deje un mensaje:`,
    chatLabel: 'Chatear',
    lifeline: {
      text: 'También puede llamar o mandar un mensaje al 988, la Línea de Prevención del Suicidio y Crisis, si tiene una crisis por drogas o le preocupa un ser querido. Para español, marque 2 o escriba AYUDA.',
      sources: ['SAMHSA-988', 'LIFELINE'],
    },
    emergency: { text: (n) => `En caso de sobredosis, llame al ${n}.`, sources: ['CDC-R'] },
    dismiss: 'Ocultar este mensaje',
  },
};
