import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Fact } from '../src/lib/questions/facts-types';
import { generateItems } from '../src/lib/questions/generate';
const facts = (parse(readFileSync('questions/organised-immigration-crime-summit/facts.yaml', 'utf8')) as { facts: Fact[] }).facts;
for (let i = 0; i < 30; i++) generateItems(facts, { seed: 'x' + i });
