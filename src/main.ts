import { mount } from 'svelte';
import App from './App.svelte';
import { datasetUrl } from './lib/dataset/load';
import { DatasetState } from './lib/state/dataset.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const data = new DatasetState(datasetUrl(import.meta.env.BASE_URL, document.baseURI));
const app = mount(App, { target, props: { data } });
// Under the dev server, a rebuilt dataset is loaded in place (build/live-data.ts). The production
// build drops this branch: `import.meta.hot` is undefined there.
if (import.meta.hot) {
  const hot = import.meta.hot;
  void import('./lib/live/follow.svelte').then(({ followLiveData }) => followLiveData(hot, data));
}
export default app;
