// An engine without constructable style sheets (Safari before 16.4, older
// Firefox): Lit then puts its styles in <style> elements in each shadow root.
delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
