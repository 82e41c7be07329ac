#!/usr/bin/env node
// Entry point of the `pygil` command: runs the built CLI (compiled by `npm install` through `prepare`).
import '../dist/bundle/cli/main.js';
