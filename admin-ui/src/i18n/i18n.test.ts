import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import englishMessages from 'ra-language-english';
import { en } from './en';
import { es } from './es';
import { raSpanish } from './raSpanish';

type Tree = { [key: string]: string | Tree };

const keys = (tree: Tree, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));

const get = (tree: Tree, path: string): unknown =>
    path.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Tree)[k] : undefined), tree);

const sourceFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap(name => {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) return sourceFiles(p);
        return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
    });

describe('translations', () => {
    it('translate every react-admin message into Spanish', () => {
        const missing = keys(englishMessages as unknown as Tree).filter(k => typeof get(raSpanish as unknown as Tree, k) !== 'string');
        expect(missing).toEqual([]);
    });

    it('have the same domain keys in Spanish and English', () => {
        expect(keys(en as unknown as Tree).sort()).toEqual(keys(es as unknown as Tree).sort());
    });

    it('define every csa.* key the components use', () => {
        const root = join(__dirname, '..');
        const used = new Set<string>();
        for (const file of sourceFiles(root)) {
            for (const m of readFileSync(file, 'utf8').matchAll(/['"`](csa(?:\.[a-z0-9_]+)+)['"`]/g)) {
                used.add(m[1]);
            }
        }
        // A prefix (e.g. 'csa.space_type' + a value) must name a group of messages.
        const missing = [...used].filter(k => get(es as unknown as Tree, k) === undefined);
        expect(missing).toEqual([]);
    });
});
