import { loadPictureBasemap } from "./lib/load/picture-basemap";
import { loadDataset } from "./lib/load/dataset";
import { buildMapModel } from "./lib/map/model";
import { buildMapPictureScene } from "./lib/map/picture-scene";
const b = loadPictureBasemap(); const m = buildMapModel(loadDataset());
for (const view of [{event:"all",place:null,camera:null},{event:"ev2026-01",place:"us_houston",camera:null},{event:"all",place:null,camera:{zoom:5.5,lat:31.2,lon:-99.4,bearing:0,pitch:0}}]) {
  const s = buildMapPictureScene(m, view as any, b);
  console.log(s.mode, 'focus', s.landFocus.length, 'other', s.landOther.length, 'states', s.stateLines.length, 'pa', s.pennsylvania.length, 'arcs', s.arcs.reduce((a,x)=>a+x.d.length,0));
}
