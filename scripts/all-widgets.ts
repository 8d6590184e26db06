// Entry of the all-in-one drop-in bundle (dist/cdn/bsp-all.js): every widget and <bsp-provider>.
import '@bsp/ui/define';
import '@bsp/role-panel/define';
import '@bsp/consent/define';
import '@bsp/checklist/define';
import '@bsp/finder/define';
