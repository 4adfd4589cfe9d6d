/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	while (i < text.length) {
		if (text[i] === '"' && field === '') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('Unclosed quote.');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
					} else {
						i++;
						break;
					}
				} else field += text[i++];
			}
			if (i < text.length && text[i] !== ',' && text[i] !== '\r') {
				throw new Error(`Text after a closing quote at ${i}.`);
			}
		} else if (text[i] === ',') {
			row.push(field);
			field = '';
			i++;
		} else if (text[i] === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i += 2;
		} else if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') {
			throw new Error(`Bare ${JSON.stringify(text[i])} in an unquoted field at ${i}.`);
		} else field += text[i++];
	}
	if (field !== '' || row.length > 0) throw new Error('Last record not ended by CRLF.');
	return rows;
}
