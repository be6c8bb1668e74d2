// Bundles the designer into one fingerprinted ES module under ../wwwroot/designer and writes
// designer.manifest.json, from which the server learns the bundle's current file name.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, '..', 'wwwroot', 'designer');

mkdirSync(outdir, { recursive: true });
for (const name of readdirSync(outdir)) {
  rmSync(join(outdir, name), { force: true });
}

const result = await build({
  entryPoints: [join(here, 'src', 'designer.js')],
  bundle: true,
  format: 'esm',
  target: ['es2020'],
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  entryNames: 'designer-[hash]',
  outdir,
  metafile: true,
  logLevel: 'warning',
});

const bundle = Object.keys(result.metafile.outputs).find((path) => path.endsWith('.js'));
const fileName = relative(outdir, join(process.cwd(), bundle)).replaceAll('\\', '/');
writeFileSync(join(outdir, 'designer.manifest.json'), JSON.stringify({ module: `designer/${fileName}` }, null, 2) + '\n');
console.log(`designer bundle: designer/${fileName}`);
