// Types of Docusaurus' virtual modules (`@theme/*`, `@docusaurus/*`, `*.module.css`) for the site UI code.
/// <reference types="@docusaurus/module-type-aliases" />
/// <reference types="@docusaurus/theme-classic" />
