// Starts the Wasm app. A file rather than Trunk's inline loader, so that the
// Content-Security-Policy can forbid inline scripts; Trunk.toml's
// pattern_script puts the hashed file names on this script's tag.
const tag = document.querySelector('script[data-wasm]');
const app = await import(tag.dataset.js);
await app.default({ module_or_path: tag.dataset.wasm });
