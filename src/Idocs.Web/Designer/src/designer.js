// The route designer canvas: AntV X6 behind a narrow surface. The server owns the definition model,
// validation and versions; the canvas owns edits, selection and undo/redo, and reports each
// committed change to .NET as the whole definition JSON.
import { Graph, History, Keyboard, Selection } from '@antv/x6';

const NODE_WIDTH = 180;
const NODE_HEIGHT = 56;
const ERROR_CLASS = 'idocs-node-error';
const PATH_CLASS = 'idocs-node-path';
const COMMIT_DELAY_MS = 120;

const portGroups = {
  in: {
    position: 'left',
    attrs: { circle: { r: 6, magnet: 'passive', stroke: '#1d4ed8', fill: '#fff', strokeWidth: 1.5 } },
  },
  out: {
    position: 'right',
    label: { position: 'right' },
    attrs: {
      circle: { r: 6, magnet: true, stroke: '#1d4ed8', fill: '#dbeafe', strokeWidth: 1.5 },
      text: { fontSize: 10, fill: '#334155' },
    },
  },
};

function outcomePortId(outcome) {
  return `out:${outcome}`;
}

function outcomeOfPort(portId) {
  return portId && portId.startsWith('out:') ? portId.slice(4) : null;
}

function labelOf(activity) {
  const title = activity.title && activity.title.length > 0 ? activity.title : activity.id;
  return `${title}\n${activity.type}`;
}

class RouteCanvas {
  constructor(element, dotnet) {
    this.element = element;
    this.dotnet = dotnet;
    this.palette = new Map();
    this.header = {};
    this.order = [];
    this.loading = false;
    this.commitTimer = null;
    this.graph = new Graph({
      container: element,
      autoResize: true,
      grid: { size: 10, visible: true },
      panning: true,
      mousewheel: { enabled: true, modifiers: ['ctrl', 'meta'] },
      connecting: {
        allowBlank: true,
        allowLoop: true,
        allowMulti: true,
        allowNode: false,
        allowEdge: false,
        highlight: true,
        snap: { radius: 24 },
        createEdge: () => this.graph.createEdge({ shape: 'edge', attrs: { line: { stroke: '#475569', strokeWidth: 1.5 } } }),
        validateMagnet: ({ magnet }) => magnet.getAttribute('port-group') === 'out',
      },
    });
    this.graph.use(new History({ enabled: true }));
    // The selection box would cover the ports of the selected node, so selection is shown by a CSS class instead.
    this.graph.use(new Selection({ enabled: true, rubberband: false, showNodeSelectionBox: false, pointerEvents: 'none' }));
    this.graph.use(new Keyboard({ enabled: true, global: false }));
    this.graph.bindKey(['meta+z', 'ctrl+z'], () => { this.undo(); return false; });
    this.graph.bindKey(['meta+shift+z', 'ctrl+shift+z', 'ctrl+y'], () => { this.redo(); return false; });
    this.graph.bindKey(['delete', 'backspace'], () => { this.removeSelected(); return false; });

    const commit = () => this.scheduleCommit();
    this.graph.on('node:added', commit);
    this.graph.on('node:removed', commit);
    this.graph.on('node:moved', commit);
    this.graph.on('edge:connected', commit);
    // A connection dropped on blank canvas stays as a dangling edge; its drag ends with a mouseup.
    this.graph.on('edge:mouseup', commit);
    this.graph.on('edge:removed', commit);
    this.graph.on('history:undo', commit);
    this.graph.on('history:redo', commit);
    this.graph.on('node:click', ({ node }) => this.notify('OnActivitySelected', node.id));
    this.graph.on('blank:click', () => this.notify('OnActivitySelected', null));
  }

  async load(definitionJson, paletteJson) {
    const definition = JSON.parse(definitionJson);
    const palette = JSON.parse(paletteJson || '[]');
    this.palette = new Map(palette.map((entry) => [entry.type, entry]));
    const { activities = [], connections = [], ...header } = definition;
    this.header = header;
    this.order = activities.map((activity) => activity.id);
    this.loading = true;
    try {
      const nodes = activities.map((activity) => this.nodeMetadata(activity));
      const known = new Set(this.order);
      const edges = connections.map((connection) => ({
        shape: 'edge',
        source: { cell: connection.from, port: outcomePortId(connection.outcome) },
        target: known.has(connection.to)
          ? { cell: connection.to, port: 'in' }
          : this.danglingPoint(activities.find((activity) => activity.id === connection.from)),
        attrs: { line: { stroke: '#475569', strokeWidth: 1.5 } },
      }));
      this.graph.fromJSON({ nodes, edges: edges.filter((edge) => known.has(edge.source.cell)) });
      this.graph.cleanHistory();
    } finally {
      this.loading = false;
    }
    await this.whenRendered(this.order.length);
    return this.order.length;
  }

  /** Resolves once the scheduler has drawn every node, so that a caller's timing covers the drawing. */
  whenRendered(count) {
    return new Promise((resolve) => {
      const check = () => {
        if (this.element.querySelectorAll('.x6-node').length >= count) {
          resolve();
        } else {
          requestAnimationFrame(check);
        }
      };
      check();
    });
  }

  danglingPoint(source) {
    const position = source && source.position ? source.position : { x: 0, y: 0 };
    return { x: position.x + NODE_WIDTH + 80, y: position.y + NODE_HEIGHT / 2 };
  }

  outcomesOf(type) {
    const entry = this.palette.get(type);
    return entry && Array.isArray(entry.outcomes) ? entry.outcomes : [];
  }

  nodeMetadata(activity) {
    const outcomes = this.outcomesOf(activity.type);
    const position = activity.position || { x: 0, y: 0 };
    const items = [{ id: 'in', group: 'in' }].concat(
      outcomes.map((outcome) => ({ id: outcomePortId(outcome), group: 'out', attrs: { text: { text: outcome } } })),
    );
    return {
      id: activity.id,
      shape: 'rect',
      x: position.x,
      y: position.y,
      width: NODE_WIDTH,
      height: Math.max(NODE_HEIGHT, outcomes.length * 22),
      attrs: {
        body: { fill: '#ffffff', stroke: '#1d4ed8', strokeWidth: 1.5, rx: 6, ry: 6 },
        label: { text: labelOf(activity), fontSize: 12, fill: '#1f2933' },
      },
      ports: { groups: portGroups, items },
      data: { type: activity.type, title: activity.title, inputs: activity.inputs || {} },
    };
  }

  getDefinition() {
    const nodes = this.graph.getNodes();
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const ids = this.order.filter((id) => byId.has(id)).concat(nodes.map((node) => node.id).filter((id) => !this.order.includes(id)));
    this.order = ids;
    const activities = ids.map((id) => {
      const node = byId.get(id);
      const data = node.getData() || {};
      const position = node.getPosition();
      const activity = { id, type: data.type };
      if (data.title) {
        activity.title = data.title;
      }
      if (data.inputs && Object.keys(data.inputs).length > 0) {
        activity.inputs = data.inputs;
      }
      activity.position = { x: Math.round(position.x), y: Math.round(position.y) };
      return activity;
    });
    const connections = this.graph.getEdges()
      .map((edge) => {
        const source = edge.getSourceCellId();
        const outcome = outcomeOfPort(edge.getSourcePortId());
        const target = edge.getTargetCellId();
        return source && outcome ? { from: source, outcome, to: target || '' } : null;
      })
      .filter((connection) => connection !== null);
    return JSON.stringify({ ...this.header, activities, connections });
  }

  addActivity(type, title) {
    const prefix = type.toLowerCase();
    let number = 1;
    while (this.graph.getCellById(`${prefix}-${number}`)) {
      number += 1;
    }
    const id = `${prefix}-${number}`;
    const activity = { id, type, title: title || undefined, position: this.freeSlot() };
    this.order.push(id);
    this.graph.addNode(this.nodeMetadata(activity));
    return id;
  }

  /** Returns the first free cell of a five-column grid, so that new activities never cover each other. */
  freeSlot() {
    const taken = this.graph.getNodes().map((node) => node.getPosition());
    for (let slot = 0; ; slot += 1) {
      const x = 40 + (slot % 5) * 240;
      const y = 40 + Math.floor(slot / 5) * 140;
      if (!taken.some((position) => Math.abs(position.x - x) < NODE_WIDTH && Math.abs(position.y - y) < 100)) {
        return { x, y };
      }
    }
  }

  connect(fromId, outcome, toId) {
    this.graph.addEdge({
      shape: 'edge',
      source: { cell: fromId, port: outcomePortId(outcome) },
      target: { cell: toId, port: 'in' },
      attrs: { line: { stroke: '#475569', strokeWidth: 1.5 } },
    });
    this.scheduleCommit();
  }

  moveActivity(id, x, y) {
    const node = this.graph.getCellById(id);
    if (node && node.isNode()) {
      node.setPosition(x, y);
      this.scheduleCommit();
    }
  }

  updateActivity(activityJson) {
    const activity = JSON.parse(activityJson);
    const node = this.graph.getCellById(activity.id);
    if (!node || !node.isNode()) {
      return false;
    }
    node.setData({ type: activity.type, title: activity.title, inputs: activity.inputs || {} }, { overwrite: true });
    node.attr('label/text', labelOf(activity));
    this.scheduleCommit();
    return true;
  }

  removeSelected() {
    const cells = this.graph.getSelectedCells();
    if (cells.length > 0) {
      this.graph.removeCells(cells);
    }
  }

  removeActivity(id) {
    const cell = this.graph.getCellById(id);
    if (cell) {
      this.graph.removeCell(cell);
    }
  }

  undo() {
    if (this.graph.canUndo()) {
      this.graph.undo();
    }
  }

  redo() {
    if (this.graph.canRedo()) {
      this.graph.redo();
    }
  }

  markNodes(className, ids, messages) {
    for (const node of this.graph.getNodes()) {
      const view = this.graph.findViewByCell(node);
      if (!view) {
        continue;
      }
      const marked = ids.has(node.id);
      view.container.classList.toggle(className, marked);
      if (className === ERROR_CLASS) {
        node.attr('body/stroke', marked ? '#d32f2f' : '#1d4ed8', { silent: true });
        node.attr('body/strokeWidth', marked ? 3 : 1.5, { silent: true });
        view.container.setAttribute('data-error', marked ? messages.get(node.id) : '');
      }
    }
  }

  highlightErrors(problems) {
    const messages = new Map();
    for (const problem of problems || []) {
      if (problem.activityId) {
        const known = messages.get(problem.activityId);
        messages.set(problem.activityId, known ? `${known}\n${problem.message}` : problem.message);
      }
    }
    this.markNodes(ERROR_CLASS, new Set(messages.keys()), messages);
    return messages.size;
  }

  highlightPath(activityIds) {
    this.markNodes(PATH_CLASS, new Set(activityIds || []), new Map());
  }

  fitToView() {
    this.graph.zoomToFit({ padding: 24, maxScale: 1 });
    return this.graph.zoom();
  }

  scheduleCommit() {
    if (this.loading) {
      return;
    }
    clearTimeout(this.commitTimer);
    this.commitTimer = setTimeout(() => this.notify('OnCanvasCommitted', this.getDefinition()), COMMIT_DELAY_MS);
  }

  notify(method, argument) {
    if (this.dotnet) {
      this.dotnet.invokeMethodAsync(method, argument).catch(() => {
        // The circuit may be gone while the page unloads; nothing is left to notify then.
      });
    }
  }

  dispose() {
    clearTimeout(this.commitTimer);
    this.graph.dispose();
    this.dotnet = null;
  }
}

/** Creates a canvas in the element; the returned object is the whole interop surface. */
export function mount(element, dotnet) {
  return new RouteCanvas(element, dotnet);
}
