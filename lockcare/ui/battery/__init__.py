"""The Battery tab: the chart, the forecast in words and the battery sets."""
