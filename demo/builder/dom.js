// The builder page's own nodes, and the one way it writes a message into them.

export const $ = (selector) => document.querySelector(selector);
export const form = () => document.querySelector('#builder');

/** Shows one field's message; says it again only when it changes (a live region). */
export function say(id, text, tone = '') {
  const node = $(`#${id}`);
  if (node.textContent !== text) node.textContent = text;
  node.className = `status ${tone}`.trim();
}

export const value = (name) => (form().elements.namedItem(name)?.value ?? '').trim();
export const checked = (name) => !!form().elements.namedItem(name)?.checked;
export const checkedValues = (name) =>
  [...form().querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
