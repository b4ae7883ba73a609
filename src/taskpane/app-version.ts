import packageJson from '../../package.json';

/** The add-in's version, as the Methodik sheet records it (webpack keeps only this field of package.json). */
export const APP_VERSION: string = packageJson.version;
