// The SDK bundles only bokmål; its nynorsk and English texts (error messages, routine
// questions, labels) are registered by these modules. The CLI reports in all three.
import '@bsp/sdk/languages/nn';
import '@bsp/sdk/languages/en';
