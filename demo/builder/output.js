// Spec → output: the snippet a partner pastes, and the live element of the preview.

/** Text for an HTML attribute value in double quotes. */
const attributeText = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** Text for HTML element content. */
const contentText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The snippet a partner pastes: the script tag, the CSS variables, the element and its children. */
export function snippetFor({ tag, attributes, styles, children, script }) {
  // From another origin, the page pins the exact file: a changed copy does not run.
  const pinned = script.integrity ? ` integrity="${script.integrity}" crossorigin="anonymous"` : '';
  const lines = [`<script src="${attributeText(script.src)}"${pinned} defer></script>`];
  if (styles.length) {
    lines.push('<style>', `  ${tag} {`, ...styles.map(([name, css]) => `    ${name}: ${css};`), '  }', '</style>');
  }
  const attributeList = attributes.map(([name, v]) => (v === true ? name : `${name}="${attributeText(v)}"`));
  lines.push(`<${tag}${attributeList.map((a) => ` ${a}`).join('')}>`);
  for (const child of children) {
    const slot = child.slot ? ` slot="${child.slot}"` : '';
    if (child.tag === 'a') lines.push(`  <a href="${attributeText(child.href)}">${contentText(child.text)}</a>`);
    else if (child.tag === 'p') lines.push(`  <p${slot}>${contentText(child.text)}</p>`);
    else lines.push(`  <ul${slot}>`, ...child.items.map((item) => `    <li>${contentText(item)}</li>`), '  </ul>');
  }
  lines.push(`</${tag}>`);
  return `${lines.join('\n')}\n`;
}

/** A fresh element for the preview, built with DOM calls (never parsed HTML). */
export function elementFor({ tag, attributes, styles, children }) {
  const element = document.createElement(tag);
  for (const [name, v] of attributes) element.setAttribute(name, v === true ? '' : v);
  for (const [name, css] of styles) element.style.setProperty(name, css);
  for (const child of children) {
    const node = document.createElement(child.tag);
    if (child.slot) node.slot = child.slot;
    if (child.tag === 'a') {
      node.href = child.href;
      node.textContent = child.text;
    } else if (child.tag === 'p') {
      node.textContent = child.text;
    } else {
      for (const item of child.items) {
        const li = document.createElement('li');
        li.textContent = item;
        node.append(li);
      }
    }
    element.append(node);
  }
  return element;
}
