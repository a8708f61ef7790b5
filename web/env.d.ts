// Lets TypeScript check the app's imports of CSS and JSON the way Vite bundles them.
/// <reference types="vite/client" />
