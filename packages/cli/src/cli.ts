#!/usr/bin/env node
// The `bsp` command (see main.ts).
import { main } from './main.js';

process.exitCode = main(process.argv.slice(2));
