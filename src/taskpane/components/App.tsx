import { Title3 } from "@fluentui/react-components";
import * as React from "react";

export const App: React.FC = () => <Title3>ПланКадры</Title3>;
