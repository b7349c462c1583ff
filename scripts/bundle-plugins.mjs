// The plugins of the one-script build (dist/recovery-elements.js), in one place:
// rollup.config.mjs uses them, and so do the size checks (scripts/size.mjs), which
// build variants of the bundle to tell Lit, the words and our code apart.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { stripSources } from './rollup-strip-sources.mjs';

/**
 * Property names that only our own code reads, renamed to short ones in the
 * one-script build (about 300 bytes gzip). Two kinds, and nothing else:
 * - keys of the words (src/content/schema.ts) that are not also a public
 *   property's name: the templates read them as `text.overdoseSigns.signs`;
 * - private and protected members of the element classes.
 * Never a public property or attribute, a Lit reactive property (Lit derives
 * attributes from those names), a name read as a string (`changed.has('x')`),
 * or a native DOM name our code relies on: test/node/bundle-names.test.mjs checks
 * the list against the manifest's public names. The npm modules in lib/ keep
 * every name as written.
 */
export const BUNDLE_PRIVATE_NAMES = [
  // the words
  'common', 'callEmergency', 'helpline', 'services', 'overdoseSigns', 'intro', 'signsHeading', 'signs',
  'actHeading', 'act', 'dontHeading', 'donts', 'naloxoneHeading', 'naloxone', 'moreHeading', 'waking',
  'gaveNaloxone', 'started', 'oneMinute', 'instruction', 'familySteps', 'stepLabel',
  'summary', 'overdoseCall', 'overdoseLink', 'resourcesHeading', 'closing', 'callBanner', 'messageFor',
  'callName', 'lifeline', 'lead', 'drugsHeading', 'drugs', 'supportHeading', 'familyLine', 'support', 'site',
  'unusualEmergencyNumber', 'phoneIsEmergency', 'failed', 'closedNow', 'chatLabel', 'badChat',
  // the rescue guide's words
  'readAloud', 'callTitle', 'callSay', 'checkTitle', 'checkHow', 'breathingYes', 'breathingNo', 'sideTitle',
  'sideSteps', 'cprTitle', 'cprSteps', 'beatSound',
  'wokeUp', 'naloxoneHow', 'gaveAnother',
  'awakeTitle', 'awakeSteps', 'recordTitle', 'recordLines',
  // the elements' private and protected members
  'resolvedTheme', 'resolvedHeadingLevel', 'dialEmergencyNumber', 'renderContent',
  'reportInvalid', 'validated', 'headingText', 'callLink', 'renderGuide', 'focusStart', 'compact', 'stepList',
  'showOverdoseSigns',
  'renderBlock', 'renderExtra', 'renderStep', 'dialPhone', 'phoneRejected', 'resolvedVariant', 'dialSms',
  'hiddenByDismissal', 'dismissKey', 'cameFrom', 'watchSize', 'reserveRoom', 'renderLine', 'fail',
  'serverView', 'week', 'clock', 'clockTimer', 'opensAt', 'chatLink', 'afterHoursLine', 'crisisButtons',
  // the rescue guide's state (RescueState: a plain object, its class keeps the rest in #private fields)
  'shown', 'doses', 'deadline', 'phase', 'beats', 'loud', 'notes',
];

/**
 * `variant`: plugins that change what goes in (size checks only); they run on
 * the JavaScript after TypeScript, before the literals are minified.
 */
export function bundlePlugins({ variant = [], sourceMap = true } = {}) {
  return [
    // Lit's default export condition is its production build.
    nodeResolve(),
    typescript({ tsconfig: 'tsconfig.json', outDir: 'dist', declaration: false, sourceMap }),
    stripSources(),
    ...variant,
    // Whitespace inside html`` and css`` is bytes on every reader's phone.
    minifyLiterals({ failOnError: true }),
    terser({
      ecma: 2022,
      compress: { passes: 2 },
      mangle: { properties: { regex: new RegExp(`^(${BUNDLE_PRIVATE_NAMES.join('|')})$`) } },
      format: { comments: false, ascii_only: true },
    }),
  ];
}
