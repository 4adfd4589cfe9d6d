// A minimal static file server: proves the build works from any static host, with or without a sub-path.
// Like any production host it compresses text (gzip) for browsers that accept it.
// Usage: node scripts/dev/serve.js [dir=build] [port=4173] [base=]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const [dir = 'build', port = '4173', base = process.env.BASE_PATH ?? ''] = process.argv.slice(2);
const root = resolve(dir);

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.zip': 'application/zip',
	'.pdf': 'application/pdf'
};

/** @param {string} file */
function isFile(file) {
	try {
		return statSync(file).isFile();
	} catch {
		return false;
	}
}

/** The file for a URL path, trying `x`, `x.html` and `x/index.html` as static hosts do. */
function lookup(/** @type {string} */ pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [
		join(root, clean),
		join(root, `${clean}.html`),
		join(root, clean, 'index.html')
	];
	return candidates.find((f) => f.startsWith(root) && isFile(f));
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let file;
	if (url.pathname === base || url.pathname.startsWith(`${base}/`)) {
		file = lookup(url.pathname.slice(base.length) || '/');
	}
	const status = file ? 200 : 404;
	file ??= join(root, '404.html');
	if (!isFile(file)) {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	const type =
		TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
	const compress =
		/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
		/^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/.test(type);
	res.writeHead(status, {
		'content-type': type,
		'cache-control': 'no-cache',
		vary: 'accept-encoding',
		...(compress ? { 'content-encoding': 'gzip' } : {})
	});
	const body = createReadStream(file);
	if (compress) body.pipe(createGzip()).pipe(res);
	else body.pipe(res);
});

server.listen(Number(port), '127.0.0.1', () => {
	console.log(`Serving ${dir} at http://localhost:${port}${base}/`);
});
