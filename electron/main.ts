import { runDesktopApp } from './desktop-app.ts';

void runDesktopApp();
