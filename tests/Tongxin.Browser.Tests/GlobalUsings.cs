// Every browser test drives Chromium through Playwright.
global using Microsoft.Playwright;
