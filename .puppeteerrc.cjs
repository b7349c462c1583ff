// Puppeteer is only used to drive Debian's Firefox ESR in tests; it must never
// download a browser of its own (the download is blocked here and in CI).
module.exports = { skipDownload: true };
