/* global Office */

Office.onReady(() => {
  // Ribbon commands are registered here.
});
