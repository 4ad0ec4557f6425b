// Draws a record's process with bpmn-js's navigated viewer (loaded before this file) into the element the server
// gave, and marks the steps named in the element's data-current and data-finished attributes (ProcessDiagramPanel).
window.csuProcessDiagram = {
  show(container, xml) {
    if (container.csuViewer) {
      container.csuViewer.destroy();
    }
    const viewer = new window.BpmnJS({ container });
    container.csuViewer = viewer;
    viewer.importXML(xml).then(() => {
      const canvas = viewer.get('canvas');
      const registry = viewer.get('elementRegistry');
      const mark = (ids, marker) => (ids || '').split(' ')
          .filter((id) => id && registry.get(id))
          .forEach((id) => canvas.addMarker(id, marker));
      mark(container.dataset.finished, 'csu-done');
      mark(container.dataset.current, 'csu-current');
      canvas.zoom('fit-viewport', 'auto');
      container.dataset.drawn = 'true';
    }).catch((error) => {
      container.textContent = 'The process diagram cannot be drawn in this browser; the steps are described above.';
      console.warn('Process diagram', error);
    });
  }
};
