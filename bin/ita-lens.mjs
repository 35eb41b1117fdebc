#!/usr/bin/env node
// The `ita-lens` command: runs the TypeScript CLI in tools/cli through tsx's loader (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../tools/cli/main.ts');
