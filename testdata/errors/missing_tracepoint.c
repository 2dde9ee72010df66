// ERROR "tracepoint nosuchcat:nosuchevent: cannot read its format file"
TRACEPOINT_PROBE(nosuchcat, nosuchevent)
{
	return 0;
}
