/**
 * Ribbon commands (FunctionFile commands.html). The ribbon button "Typologie berechnen" runs
 * `computeTypologie`, registered below under the FunctionName from manifest.xml.
 */

function computeTypologie(event: Office.AddinCommands.Event): void {
  // The Excel run (read the active table, write the results) is wired in issue #3 through
  // src/excel/compute-command; until then the command only reports completion to Office.
  event.completed();
}

void Office.onReady(() => {
  Office.actions.associate('computeTypologie', computeTypologie);
});

export {};
