// Writes a Brotli (quality 11) and a gzip (level 9) copy beside each
// built file the browser downloads (.wasm, .js, .css) under the given
// directory, for the server to send as they are (ServeDir's precompressed
// files) instead of compressing each response on the fly, faster and at a
// lower level. Run by scripts/build-app after the Trunk builds.
//
//   node scripts/precompress.mjs dist
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(wasm|js|css)$/;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs DIR');
  process.exit(2);
}
let count = 0;
for await (const path of files(dir)) {
  const raw = await readFile(path);
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  await writeFile(`${path}.br`, br);
  await writeFile(`${path}.gz`, gzipSync(raw, { level: 9 }));
  count += 1;
}
console.log(`precompressed ${count} files under ${dir} (Brotli 11, gzip 9)`);
