#!/usr/bin/env node
// The `ita-lens` command: runs the TypeScript CLI in analysis/cli through tsx's loader (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../analysis/cli/main.ts');
