// The "partner page" of `npm run bench`: the README's own snippets pasted into a plain
// page, as a new partner would (a heading, a paragraph, the banner snippet with the
// script tag, then the other two elements' snippet). Read from README.md every time,
// so the page measured is the page the README tells partners to make.
import { readFileSync } from 'node:fs';

/** The README's ```html blocks that hold `tag`, in order. */
function snippetsWith(readme, tag) {
  return [...readme.matchAll(/```html\n([^]*?)```/g)].map((match) => match[1]).filter((block) => block.includes(`<${tag}`));
}

/**
 * The partner page's body: the README's banner snippet (with its `<script defer>`,
 * pointed at `scriptUrl`) and the snippet of the other two elements, as pasted.
 */
export function partnerBody(scriptUrl, readmePath = 'README.md') {
  const readme = readFileSync(readmePath, 'utf8');
  const banner = snippetsWith(readme, 'call-banner')[0];
  const others = snippetsWith(readme, 'overdose-signs').find((block) => block.includes('<family-steps'));
  if (!banner?.includes('defer') || !others) throw Error('README.md: the paste-in snippets were not found');
  return `<h1>Hope Clinic</h1>
<p>We help families of people who use opioids. Call us, or read what to do in an overdose and how to help a loved one.</p>
${banner.replace(/src="[^"]*recovery-elements\.js"/, `src="${scriptUrl}"`)}
${others}`;
}
